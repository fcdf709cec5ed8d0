import { HttpErrorResponse } from '@angular/common/http';

import { apiErrorMessages, isUnreachable } from './api-error';

const response = (status: number, error: unknown) => new HttpErrorResponse({ status, error });

describe('apiErrorMessages', () => {
  it('shows the API message, one or many', () => {
    expect(apiErrorMessages(response(401, { statusCode: 401, message: 'Invalid credentials' }))).toEqual([
      'Invalid credentials',
    ]);
    expect(
      apiErrorMessages(response(400, { statusCode: 400, message: ['email must be an email', 'x'] })),
    ).toEqual(['email must be an email', 'x']);
  });

  it('says the server cannot be reached when nothing or a proxy answered', () => {
    expect(isUnreachable(response(0, null))).toBe(true);
    expect(isUnreachable(response(502, '<html>Bad gateway</html>'))).toBe(true);
    expect(isUnreachable(response(503, { statusCode: 503, message: 'Database down' }))).toBe(false);
    expect(apiErrorMessages(response(0, null))[0]).toMatch(/Cannot reach the server/);
  });

  it('falls back to a sentence per kind of failure', () => {
    expect(apiErrorMessages(response(429, null))[0]).toMatch(/Too many attempts/);
    expect(apiErrorMessages(response(500, 'oops'))[0]).toMatch(/server had a problem/);
    expect(apiErrorMessages(new Error('boom'))).toEqual(['Something went wrong. Try again.']);
  });
});
