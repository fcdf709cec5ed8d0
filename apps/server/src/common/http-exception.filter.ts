import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { FastifyReply } from 'fastify';
import type { ApiError } from '@clipstream/core';

/** Every error leaves as the contract's `{ statusCode, message }`; only our own faults are 5xx. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ApiError {
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : (joinMessage((response as { message?: unknown }).message) ?? exception.message);
      return { statusCode: exception.getStatus(), message, error: errorName(exception.getStatus()) };
    }
    if (exception instanceof UniqueConstraintViolationException) {
      return { statusCode: HttpStatus.CONFLICT, message: 'This record already exists', error: 'Conflict' };
    }
    if (exception instanceof ForeignKeyConstraintViolationException) {
      // what the request names was removed between its checks and its write (a category, a video)
      this.logger.warn(exception.message);
      return {
        statusCode: HttpStatus.CONFLICT,
        message: 'Something this refers to was removed meanwhile; reload and try again',
        error: 'Conflict',
      };
    }
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      // errors raised by Fastify itself (broken JSON, body too large, unsupported media type)
      return {
        statusCode: fastifyStatus,
        message: (exception as Error).message,
        error: errorName(fastifyStatus),
      };
    }
    return { statusCode: 500, message: 'Internal server error', error: 'Internal Server Error' };
  }
}

export function joinMessage(message: unknown): string | undefined {
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : undefined;
}

function errorName(status: number): string {
  const name = HttpStatus[status];
  return name
    ? name.toLowerCase().replace(/(^|_)(\w)/g, (_, sep, c) => (sep ? ' ' : '') + c.toUpperCase())
    : 'Error';
}
