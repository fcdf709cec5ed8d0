import { ArgumentsHost, BadRequestException } from '@nestjs/common';
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { HttpExceptionFilter } from './http-exception.filter';

function replyTo(exception: unknown): { status: number; body: unknown } {
  const sent = { status: 0, body: undefined as unknown };
  const reply = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    send(body: unknown) {
      sent.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
  new HttpExceptionFilter().catch(exception, host);
  return sent;
}

const databaseError = (message: string) => Object.assign(new Error(message), { code: 'x' });

describe('HttpExceptionFilter', () => {
  it('keeps the status and message of an HTTP exception, joining validation messages', () => {
    expect(replyTo(new BadRequestException(['title is too long', 'tags are too many']))).toEqual({
      status: 400,
      body: { statusCode: 400, message: 'title is too long; tags are too many', error: 'Bad Request' },
    });
  });

  it('answers 409 when a write races another: a duplicate, or a reference removed meanwhile', () => {
    expect(replyTo(new UniqueConstraintViolationException(databaseError('duplicate key'))).status).toBe(409);
    const removed = replyTo(
      new ForeignKeyConstraintViolationException(databaseError('violates foreign key')),
    );
    expect(removed).toEqual({
      status: 409,
      body: expect.objectContaining({
        message: expect.stringMatching(/removed meanwhile; reload and try again/),
      }),
    });
  });

  it('hides the details of its own faults behind a 500', () => {
    expect(replyTo(new Error('connection reset'))).toEqual({
      status: 500,
      body: { statusCode: 500, message: 'Internal server error', error: 'Internal Server Error' },
    });
  });
});
