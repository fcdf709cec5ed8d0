import { HttpErrorResponse } from '@angular/common/http';

const UNREACHABLE = 'Cannot reach the server. Check your connection and try again.';
const TOO_MANY = 'Too many attempts. Wait a minute, then try again.';

/** The API's error body: `message` is a list when several fields failed validation. */
interface ApiErrorBody {
  statusCode?: number;
  message?: string | string[];
}

function hasMessage(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'message' in body;
}

/**
 * 0: no answer at all; 502-504 without the API's JSON body: a proxy in front of the API answered
 * because the API did not.
 */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) return false;
  return error.status === 0 || ([502, 503, 504].includes(error.status) && !hasMessage(error.error));
}

/** Turns any failed request into sentences a person can act on. */
export function apiErrorMessages(error: unknown): string[] {
  if (isUnreachable(error)) return [UNREACHABLE];
  if (!(error instanceof HttpErrorResponse)) return ['Something went wrong. Try again.'];
  if (hasMessage(error.error)) {
    const { message } = error.error;
    const messages = (Array.isArray(message) ? message : [message]).filter(
      (text): text is string => typeof text === 'string' && text.length > 0,
    );
    if (messages.length > 0) return messages;
  }
  if (error.status === 429) return [TOO_MANY];
  if (error.status >= 500) return ['The server had a problem. Try again in a moment.'];
  return [`The request failed (HTTP ${error.status}). Try again.`];
}
