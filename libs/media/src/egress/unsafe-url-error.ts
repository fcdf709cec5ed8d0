/** A URL or connection refused before any byte leaves the machine: a caller's mistake, never a server fault. */
export class UnsafeUrlError extends Error {
  override readonly name = 'UnsafeUrlError';
}
