import { MediaRejectedError, SourceError, TimecodeError, UnsafeUrlError } from '@clipstream/media';

/** The job ran past DOWNLOAD_JOB_TIMEOUT_SECONDS. */
export class DownloadTimedOut extends Error {
  override readonly name = 'DownloadTimedOut';

  constructor(seconds: number) {
    super(`The download took longer than ${Math.round(seconds / 60)} minutes and was stopped`);
  }
}

export interface DownloadFailure {
  /** Shown on the record, in words the owner can act on. */
  message: string;
  /** Only network trouble is worth another attempt; the rest would fail the same way. */
  retryable: boolean;
}

export function describeFailure(error: unknown): DownloadFailure {
  if (error instanceof SourceError) return { message: error.message, retryable: error.retryable };
  if (
    error instanceof UnsafeUrlError ||
    error instanceof TimecodeError ||
    error instanceof MediaRejectedError ||
    error instanceof DownloadTimedOut
  ) {
    return { message: error.message, retryable: false };
  }
  return { message: 'The download failed unexpectedly; try again later', retryable: false };
}
