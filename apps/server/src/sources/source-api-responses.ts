import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/** The answers a route that inspects a URL can give besides its own success (see SOURCE_ERROR_STATUS). */
export const ApiSourceErrors = () =>
  applyDecorators(
    ApiResponse({
      status: 400,
      description:
        'Bad input: not http(s), an option given as a URL (`--exec=…`), a private or loopback host, a redirect to one, or bad times',
    }),
    ApiResponse({ status: 401, description: 'Not signed in' }),
    ApiResponse({ status: 404, description: 'The video is private, removed or not available' }),
    ApiResponse({ status: 422, description: 'No video at this URL, an unsupported site, or a live stream' }),
    ApiResponse({ status: 502, description: 'The site could not be reached' }),
    ApiResponse({ status: 504, description: 'The site did not answer in time (INSPECT_TIMEOUT_SECONDS)' }),
  );
