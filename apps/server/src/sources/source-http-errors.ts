import { HttpException, HttpStatus } from '@nestjs/common';
import { SourceError, SourceErrorCode, TimecodeError, UnsafeUrlError } from '@clipstream/media';

/**
 * The status each kind of source trouble is answered with (also listed in the Swagger decorators):
 * the URL is refused up front or leads to a forbidden address → 400; nothing downloadable there → 422;
 * private or removed → 404; the site did not answer → 504 (timeout) or 502 (network).
 */
export const SOURCE_ERROR_STATUS: Record<SourceErrorCode, HttpStatus> = {
  refused: HttpStatus.BAD_REQUEST,
  unsupported: HttpStatus.UNPROCESSABLE_ENTITY,
  live: HttpStatus.UNPROCESSABLE_ENTITY,
  failed: HttpStatus.UNPROCESSABLE_ENTITY,
  unavailable: HttpStatus.NOT_FOUND,
  timeout: HttpStatus.GATEWAY_TIMEOUT,
  network: HttpStatus.BAD_GATEWAY,
};

/** Turns the media layer's errors about a caller's URL or times into HTTP answers; others pass through. */
export function toHttpError(error: unknown): unknown {
  if (error instanceof UnsafeUrlError || error instanceof TimecodeError) {
    return new HttpException(error.message, HttpStatus.BAD_REQUEST);
  }
  if (error instanceof SourceError) return new HttpException(error.message, SOURCE_ERROR_STATUS[error.code]);
  return error;
}
