import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** A video id that is not a UUID names no video: 404, like any unknown id. */
export const VideoIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundException('Video not found'),
});
