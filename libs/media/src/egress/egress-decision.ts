import { isIP } from 'node:net';
import { forbiddenAddressReason } from './forbidden-address';
import { HostAllowlist, normaliseHost } from './host-allowlist';

export type EgressDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether a connection to `hostname`, which resolved to `addresses`, may go ahead: every address must be
 * public unless the host itself is allow-listed. Pure, so it is tested without any connection.
 */
export function decideEgress(
  hostname: string,
  addresses: readonly string[],
  allowlist: HostAllowlist,
): EgressDecision {
  if (allowlist.has(hostname)) return { allowed: true };
  if (addresses.length === 0) return { allowed: false, reason: `${hostname} resolved to no address` };
  for (const address of addresses) {
    const reason = forbiddenAddressReason(address);
    if (reason) {
      const via = isIP(normaliseHost(hostname)) ? '' : `${hostname} resolves to `;
      return { allowed: false, reason: `${via}${reason}` };
    }
  }
  return { allowed: true };
}
