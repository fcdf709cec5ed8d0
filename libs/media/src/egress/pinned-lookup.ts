import type { LookupAddress, LookupOptions } from 'node:dns';

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `dns.lookup` replacement that answers with the addresses the guard already checked, whatever name it is
 * asked for: the socket connects to exactly what was approved, so a second DNS answer (rebinding) never counts.
 */
export function pinnedLookup(addresses: readonly LookupAddress[]) {
  return (
    _hostname: string,
    options: LookupOptions | number | LookupCallback,
    callback?: LookupCallback,
  ): void => {
    const done = (typeof options === 'function' ? options : callback)!;
    const opts: LookupOptions =
      typeof options === 'object' ? options : { family: typeof options === 'number' ? options : 0 };
    const family = opts.family === 'IPv4' ? 4 : opts.family === 'IPv6' ? 6 : (opts.family ?? 0);
    const matching = addresses.filter((entry) => !family || entry.family === family);
    if (matching.length === 0) {
      const error: NodeJS.ErrnoException = new Error('no checked address of the requested family');
      error.code = 'ENOTFOUND';
      process.nextTick(done, error, '', 0);
    } else if (opts.all) {
      process.nextTick(done, null, matching);
    } else {
      process.nextTick(done, null, matching[0].address, matching[0].family);
    }
  };
}
