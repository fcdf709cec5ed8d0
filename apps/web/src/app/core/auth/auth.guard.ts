import { inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { CanActivateFn, Router } from '@angular/router';
import { filter, map, take } from 'rxjs';

import { SessionStore } from '../session/session.store';

/** Pages for signed-in people; waits for a stored session to be restored before deciding. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return toObservable(session.status).pipe(
    filter((status) => status !== 'restoring'),
    take(1),
    map((status) =>
      status === 'signed-in'
        ? true
        : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } }),
    ),
  );
};
