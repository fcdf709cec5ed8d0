import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  NotFoundException,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { HttpExceptionFilter } from '../common/http-exception.filter';

/** Someone else's download answers exactly like a missing one. */
export const downloadNotFound = () => new NotFoundException('No such download');

/** RATE_LIMIT_DOWNLOADS reached; the reply says when to come back. */
export class DownloadLimitReached extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `You have started too many downloads; try again in ${retryAfterSeconds} seconds`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** Adds `Retry-After`, then answers like every other error. */
@Catch(DownloadLimitReached)
export class RetryAfterFilter implements ExceptionFilter {
  private readonly errors = new HttpExceptionFilter();

  catch(exception: DownloadLimitReached, host: ArgumentsHost): void {
    void host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .header('Retry-After', String(exception.retryAfterSeconds));
    this.errors.catch(exception, host);
  }
}
