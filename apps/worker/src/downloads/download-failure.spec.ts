import { MediaRejectedError, SourceError, TimecodeError, UnsafeUrlError } from '@clipstream/media';
import { describeFailure, DownloadTimedOut } from './download-failure';

describe('describeFailure', () => {
  it('retries network trouble only', () => {
    expect(describeFailure(new SourceError('network', 'The site could not be reached'))).toEqual({
      message: 'The site could not be reached',
      retryable: true,
    });
    expect(describeFailure(new SourceError('unavailable', 'Removed')).retryable).toBe(false);
    for (const error of [
      new UnsafeUrlError('url host 10.0.0.1 is not allowed'),
      new TimecodeError('end 700 is past the video', 'end'),
      new MediaRejectedError('The file is not a video'),
      new DownloadTimedOut(7200),
    ]) {
      expect(describeFailure(error)).toEqual({ message: error.message, retryable: false });
    }
  });

  it('does not show the words of an unexpected error', () => {
    expect(describeFailure(new Error('ECONNREFUSED 127.0.0.1:5432'))).toEqual({
      message: 'The download failed unexpectedly; try again later',
      retryable: false,
    });
  });
});
