/** The parts of tus-js-client's DetailedError this app reads; duck-typed so any error can be passed. */
interface ErrorWithResponse {
  originalResponse?: { getStatus(): number; getBody(): string } | null;
}

function serverMessage(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'message' in parsed) {
      const { message } = parsed as { message: unknown };
      if (typeof message === 'string' && message) return message;
      if (Array.isArray(message) && message.length > 0) return message.join(' ');
    }
  } catch {
    // Not the API's JSON: a proxy or the tus layer answered; fall back to the status.
  }
  const text = body.trim();
  return text && text.length <= 200 && !text.startsWith('<') ? text : null;
}

export interface UploadFailure {
  /** In words that say what to do next. */
  message: string;
  /** False when sending the same file again cannot help (too large, over quota, signed out). */
  retryable: boolean;
}

/** Statuses of the 4xx range that a later attempt can get past. */
const TRANSIENT_4XX = [408, 409, 423, 429];

/** What went wrong with an upload, and whether trying again makes sense. */
export function describeUploadError(error: unknown): UploadFailure {
  const response = (error as ErrorWithResponse | null)?.originalResponse;
  if (!response) {
    return {
      message: 'The connection dropped. Check your network, then resume the upload.',
      retryable: true,
    };
  }
  const status = response.getStatus();
  const message = serverMessage(response.getBody());
  if (status === 401) {
    return {
      message: 'Your session has expired. Sign in again, then choose the file again.',
      retryable: false,
    };
  }
  if (status === 429)
    return { message: 'Too many requests. Wait a minute, then resume the upload.', retryable: true };
  if (status >= 500) {
    return {
      message: 'The server had a problem storing the file. Resume the upload in a moment.',
      retryable: true,
    };
  }
  if (status === 413)
    return { message: message ?? 'The file is larger than this server accepts.', retryable: false };
  const refused = status >= 400 && !TRANSIENT_4XX.includes(status);
  return { message: message ?? `The upload failed (HTTP ${status}). Try again.`, retryable: !refused };
}
