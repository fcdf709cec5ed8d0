/**
 * The file is not something we can turn into a video. Permanent: retrying will not help.
 * `reason` is written for the creator; `detail` is for the logs.
 */
export class MediaRejectedError extends Error {
  constructor(
    readonly reason: string,
    readonly detail?: string,
  ) {
    super(reason);
    this.name = 'MediaRejectedError';
  }
}
