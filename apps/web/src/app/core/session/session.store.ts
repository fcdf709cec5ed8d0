import { computed, inject, Injectable, signal } from '@angular/core';
import type { AuthResponse, UserView } from '@clipstream/contract';

import { LocalStore } from '../browser/local-store';

const TOKEN_KEY = 'clipstream.accessToken';

/** `restoring` while a stored token is being checked against GET /api/me at start-up. */
export type SessionStatus = 'restoring' | 'signed-in' | 'anonymous';

/**
 * The signed-in state of the app. Kept apart from AuthService so the HTTP interceptor can read the token
 * without depending on HttpClient (which would be circular).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly store = inject(LocalStore);
  private readonly tokenState = signal<string | null>(this.store.get(TOKEN_KEY));
  private readonly userState = signal<UserView | null>(null);
  private readonly restoringState = signal(false);

  readonly token = this.tokenState.asReadonly();
  readonly user = this.userState.asReadonly();
  /** Changes only when another person signs in, not when the same person's profile is edited. */
  readonly userId = computed(() => this.userState()?.id ?? null);
  readonly status = computed<SessionStatus>(() => {
    if (this.userState()) return 'signed-in';
    return this.restoringState() ? 'restoring' : 'anonymous';
  });

  start({ user, accessToken }: AuthResponse): void {
    this.store.set(TOKEN_KEY, accessToken);
    this.tokenState.set(accessToken);
    this.userState.set(user);
  }

  setRestoring(restoring: boolean): void {
    this.restoringState.set(restoring);
  }

  setUser(user: UserView): void {
    this.userState.set(user);
  }

  clear(): void {
    this.store.remove(TOKEN_KEY);
    this.tokenState.set(null);
    this.userState.set(null);
  }
}
