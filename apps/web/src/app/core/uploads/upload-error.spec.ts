import { describeUploadError } from './upload-error';

function responseError(status: number, body: string): unknown {
  return { originalResponse: { getStatus: () => status, getBody: () => body } };
}

describe('describeUploadError', () => {
  it('says the connection dropped when no answer came, and that resuming helps', () => {
    expect(describeUploadError(new Error('tus: failed to upload chunk'))).toEqual({
      message: expect.stringMatching(/connection dropped/),
      retryable: true,
    });
  });

  it('passes on the server’s words for a refused file, which no retry will change', () => {
    const body = JSON.stringify({ statusCode: 413, message: 'The file is larger than 2 GB.' });
    expect(describeUploadError(responseError(413, body))).toEqual({
      message: 'The file is larger than 2 GB.',
      retryable: false,
    });
    expect(
      describeUploadError(responseError(403, '{"statusCode":403,"message":"Storage quota reached"}')),
    ).toEqual({
      message: 'Storage quota reached',
      retryable: false,
    });
  });

  it('explains statuses without a usable body', () => {
    expect(describeUploadError(responseError(413, '')).message).toMatch(/larger than this server accepts/);
    expect(describeUploadError(responseError(401, '')).message).toMatch(/Sign in again/);
    expect(describeUploadError(responseError(502, '<html>Bad gateway</html>'))).toEqual({
      message: expect.stringMatching(/server had a problem/),
      retryable: true,
    });
    expect(describeUploadError(responseError(429, '')).retryable).toBe(true);
  });
});
