import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UserView } from '@clipstream/contract';
import { firstValueFrom } from 'rxjs';

import { SessionStore } from '../session/session.store';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

const user: UserView = {
  id: 'u1',
  email: 'ada@example.com',
  username: 'ada',
  displayName: 'Ada',
  role: 'user',
  avatarUrl: null,
  bannerUrl: null,
  bio: '',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('AuthService with the auth interceptor', () => {
  let http: HttpTestingController;

  function setUp(): { auth: AuthService; session: SessionStore } {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    return { auth: TestBed.inject(AuthService), session: TestBed.inject(SessionStore) };
  }

  beforeEach(() => {
    localStorage.clear();
    // restore() reports a failed /api/me on the console; keep the test output clean.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    http.verify();
    vi.restoreAllMocks();
  });

  it('keeps the token of a login and sends it on later API calls', async () => {
    const { auth, session } = setUp();
    const login = firstValueFrom(auth.login({ login: 'ada', password: 'secret-pass' }));
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ login: 'ada', password: 'secret-pass' });
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({ user, accessToken: 'tok-1' });

    expect(await login).toEqual(user);
    expect(session.status()).toBe('signed-in');
    expect(localStorage.getItem('clipstream.accessToken')).toBe('tok-1');

    void auth.restore();
    expect(http.expectOne('/api/me').request.headers.get('Authorization')).toBe('Bearer tok-1');
  });

  it('restores the user of a stored token', async () => {
    localStorage.setItem('clipstream.accessToken', 'tok-2');
    const { auth, session } = setUp();
    const restored = auth.restore();
    expect(session.status()).toBe('restoring');
    http.expectOne('/api/me').flush(user);
    await restored;
    expect(session.user()).toEqual(user);
  });

  it('forgets a token that /api/me refuses', async () => {
    localStorage.setItem('clipstream.accessToken', 'expired');
    const { auth, session } = setUp();
    const restored = auth.restore();
    http
      .expectOne('/api/me')
      .flush({ statusCode: 401, message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    await restored;
    expect(session.status()).toBe('anonymous');
    expect(session.token()).toBeNull();
    expect(localStorage.getItem('clipstream.accessToken')).toBeNull();
  });

  it('keeps the token when the server cannot be reached', async () => {
    localStorage.setItem('clipstream.accessToken', 'tok-3');
    const { auth, session } = setUp();
    const restored = auth.restore();
    http.expectOne('/api/me').error(new ProgressEvent('error'), { status: 0 });
    await restored;
    expect(session.status()).toBe('anonymous');
    expect(session.token()).toBe('tok-3');
  });
});
