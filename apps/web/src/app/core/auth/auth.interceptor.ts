import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';

import { SessionStore } from '../session/session.store';

/** Only our own API gets the token: never send it to another origin. */
function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}

export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const token = session.token();
  const outgoing =
    token && isApiRequest(request.url)
      ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
      : request;

  return next(outgoing).pipe(
    catchError((error: unknown) => {
      // A 401 from /api/me means the stored token is no longer valid (expired, user banned or deleted).
      if (error instanceof HttpErrorResponse && error.status === 401 && request.url === '/api/me') {
        session.clear();
      }
      return throwError(() => error);
    }),
  );
};
