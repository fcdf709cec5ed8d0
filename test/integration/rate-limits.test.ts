import { Api, registerUser, uniqueName } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

describe('rate limits', () => {
  let server: TestServer;
  let api: Api;

  beforeAll(async () => {
    // a prefix of its own, so the counters of other suites cannot interfere
    server = await startTestServer({
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-${uniqueName('rl')}`,
      RATE_LIMIT_AUTH: '3/60',
      RATE_LIMIT_API: '8/60',
    });
    api = new Api(server.baseUrl);
  });
  afterAll(() => server.close());

  it('stops a flood of logins with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await api.post('/api/auth/login', { login: 'nobody_here', password: 'wrong password' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(last!.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(last!.body).toEqual(
      expect.objectContaining({ statusCode: 429, message: expect.stringMatching(/Too many requests/) }),
    );
  });

  it('limits API calls per signed-in user, not per address', async () => {
    // registering counts against the auth bucket of this address: use a fresh server for a clean budget
    const fresh = await startTestServer({
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-${uniqueName('rl')}`,
      RATE_LIMIT_API: '4/60',
    });
    try {
      const anonymous = new Api(fresh.baseUrl);
      const alice = await registerUser(anonymous); // 1 call from this address
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await alice.api.get('/api/me')).status);
      expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
      expect(statuses.slice(4)).toEqual([429, 429]);
      // another person from the same address still has their own budget
      const bob = await anonymous.post('/api/auth/login', { login: 'nobody', password: 'whatever1' });
      expect(bob.status).toBe(401);
      // health stays reachable for probes
      expect((await anonymous.get('/api/health')).status).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it('behind a proxy (TRUST_PROXY=1), counts the address the proxy saw, whatever the client wrote before it', async () => {
    const proxied = await startTestServer({
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-${uniqueName('rl')}`,
      RATE_LIMIT_AUTH: '3/60',
      TRUST_PROXY: '1',
    });
    try {
      const api = new Api(proxied.baseUrl);
      // as nginx forwards it: the client's own X-Forwarded-For, then the address it connected from
      const login = (forwardedFor: string) =>
        api.post(
          '/api/auth/login',
          { login: 'nobody_here', password: 'wrong password' },
          {
            'x-forwarded-for': forwardedFor,
          },
        );
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await login(`10.9.9.${i}, 203.0.113.7`)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // another client behind the same proxy has a budget of its own
      expect((await login('198.51.100.9')).status).toBe(401);
    } finally {
      await proxied.close();
    }
  });
});
