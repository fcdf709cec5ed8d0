import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** A comment id that is not a UUID names no comment: 404, like any unknown id. */
export const CommentIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundException('Comment not found'),
});
