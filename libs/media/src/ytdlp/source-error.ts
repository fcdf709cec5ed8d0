/**
 * Why a URL could not be inspected or fetched, as something a person can act on:
 * - `unsupported`: no extractor knows the URL, or it holds no video;
 * - `unavailable`: private, removed, geo-blocked or refused by the site (HTTP 403/404);
 * - `live`: a live or upcoming stream, which we do not record;
 * - `refused`: the egress guard blocked a connection (a private address, maybe after a redirect);
 * - `timeout`: the tool did not answer in time;
 * - `network`: the site could not be reached (worth a retry);
 * - `failed`: anything else the tool reported.
 */
export type SourceErrorCode =
  'unsupported' | 'unavailable' | 'live' | 'refused' | 'timeout' | 'network' | 'failed';

export class SourceError extends Error {
  override readonly name = 'SourceError';

  constructor(
    readonly code: SourceErrorCode,
    message: string,
    /** The tool's own words, for logs. */
    readonly detail?: string,
  ) {
    super(message);
  }

  /** Only network trouble is worth retrying; the rest will fail the same way again. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'timeout';
  }
}
