import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuthResponse, UserView } from '@clipstream/contract';
import { firstValueFrom, map, Observable, tap } from 'rxjs';

import { SessionStore } from '../session/session.store';

export interface RegisterRequest {
  email: string;
  username: string;
  password: string;
  displayName?: string;
}

export interface LoginRequest {
  /** an email or a username */
  login: string;
  password: string;
}

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);

  register(request: RegisterRequest): Observable<UserView> {
    return this.http.post<AuthResponse>('/api/auth/register', request).pipe(
      tap((response) => this.session.start(response)),
      map((response) => response.user),
    );
  }

  login(request: LoginRequest): Observable<UserView> {
    return this.http.post<AuthResponse>('/api/auth/login', request).pipe(
      tap((response) => this.session.start(response)),
      map((response) => response.user),
    );
  }

  /** The API has no session to end: a token is dropped by forgetting it. */
  logout(): void {
    this.session.clear();
  }

  /**
   * Brings back the user of a stored token. A 401 clears the session (see the auth interceptor); any other
   * failure keeps the token so a later start-up can try again once the server is reachable.
   */
  async restore(): Promise<void> {
    if (!this.session.token()) return;
    this.session.setRestoring(true);
    try {
      this.session.setUser(await firstValueFrom(this.http.get<UserView>('/api/me')));
    } catch (error) {
      console.warn('Could not restore the session', error);
    } finally {
      this.session.setRestoring(false);
    }
  }
}
