import jwt from 'jsonwebtoken';
import { Api, login, registerUser, uniqueName } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

describe('accounts', () => {
  let server: TestServer;
  let api: Api;
  const adminEmail = `${uniqueName('root')}@example.com`;

  beforeAll(async () => {
    server = await startTestServer({
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: 'admin password 1',
      ADMIN_USERNAME: uniqueName('root'),
    });
    api = new Api(server.baseUrl);
  });
  afterAll(() => server.close());

  it('registers, signs in by username or email, and tells who is signed in', async () => {
    const name = uniqueName();
    const registered = await api.post('/api/auth/register', {
      email: `${name.toUpperCase()}@Example.com`,
      username: name,
      password: 'long enough password',
      displayName: 'Ada <b>Lovelace</b>',
    });
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({
      email: `${name}@example.com`,
      username: name,
      displayName: 'Ada <b>Lovelace</b>',
      role: 'user',
      avatarUrl: null,
      bannerUrl: null,
    });
    expect(registered.body.user.passwordHash).toBeUndefined();
    expect(typeof registered.body.accessToken).toBe('string');

    for (const loginName of [name, `${name}@example.com`, name.toUpperCase()]) {
      const session = await login(api, loginName, 'long enough password');
      const me = await session.api.get('/api/me');
      expect(me.status).toBe(200);
      expect(me.body).toEqual(
        expect.objectContaining({
          id: registered.body.user.id,
          email: `${name}@example.com`,
          username: name,
          role: 'user',
        }),
      );
    }
  });

  it.each([
    [
      { email: 'not-an-email', username: 'valid_name', password: 'long enough' },
      /email must be a valid email/,
    ],
    [{ email: 'x@example.com', username: 'valid_name2', password: 'short' }, /password must be at least 8/],
    [{ email: 'y@example.com', username: 'a b', password: 'long enough' }, /username must be 3–30 letters/],
    [
      { email: 'z@example.com', username: 'valid_name3', password: 'long enough', role: 'admin' },
      /property role should not exist/,
    ],
    [{ username: 'valid_name4', password: 'long enough' }, /email/],
  ])('refuses a bad registration %# with a message naming the field', async (body, message) => {
    const result = await api.post('/api/auth/register', body);
    expect(result.status).toBe(400);
    expect(result.body).toEqual(
      expect.objectContaining({ statusCode: 400, message: expect.stringMatching(message) }),
    );
  });

  it('refuses a taken username or email with 409, whatever the case', async () => {
    const { user } = await registerUser(api);
    const sameName = await api.post('/api/auth/register', {
      email: `${uniqueName()}@example.com`,
      username: user.username.toUpperCase(),
      password: 'long enough',
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body.message).toMatch(/username .* is taken/);
    const sameEmail = await api.post('/api/auth/register', {
      email: user.email,
      username: uniqueName(),
      password: 'long enough',
    });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.message).toMatch(/email already exists/);
  });

  it('answers broken JSON with a 400, not a 500', async () => {
    const result = await api.request('POST', '/api/auth/login', '{"login": "x", ', {
      'content-type': 'application/json',
    });
    expect(result.status).toBe(400);
    expect(result.body).toEqual(
      expect.objectContaining({ statusCode: 400, message: expect.stringMatching(/JSON/) }),
    );
  });

  it('refuses a wrong password with 401 and missing fields with 400', async () => {
    const { user } = await registerUser(api);
    const wrong = await api.post('/api/auth/login', { login: user.username, password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('Wrong login or password');
    const nobody = await api.post('/api/auth/login', { login: uniqueName(), password: 'whatever123' });
    expect(nobody.status).toBe(401);
    const missing = await api.post('/api/auth/login', { login: user.username });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/password is required/);
  });

  it('refuses missing, forged and foreign tokens with 401', async () => {
    const { token, user } = await registerUser(api);
    expect((await api.get('/api/me')).status).toBe(401);
    const [header, payload] = token.split('.');
    const tampered = `${header}.${payload}.${'A'.repeat(43)}`;
    expect((await api.as(tampered).get('/api/me')).status).toBe(401);
    const foreign = jwt.sign(
      { sub: user.id, username: user.username, role: 'admin', ver: 0 },
      'some other secret entirely',
    );
    expect((await api.as(foreign).get('/api/me')).status).toBe(401);
    expect((await api.as('garbage').get('/api/me')).body).toEqual(
      expect.objectContaining({ statusCode: 401, message: expect.any(String) }),
    );
  });

  it('ensures the configured administrator at start-up', async () => {
    const admin = await login(api, adminEmail, 'admin password 1');
    expect(admin.user.role).toBe('admin');
  });

  it('shows a channel by username and 404s an unknown one', async () => {
    const { user } = await registerUser(api);
    const channel = await api.get(`/api/channels/${user.username}`);
    expect(channel.status).toBe(200);
    expect(channel.body).toEqual(
      expect.objectContaining({
        username: user.username,
        displayName: user.username,
        subscribers: 0,
        videos: 0,
        bio: '',
      }),
    );
    expect((await api.get(`/api/channels/${uniqueName('nobody')}`)).status).toBe(404);
  });

  it('serves OpenAPI and Prometheus metrics', async () => {
    const docs = await api.get('/api/docs/openapi.json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/me']),
    );
    const metrics = await api.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(/http_request_duration_seconds_bucket/);
    expect(metrics.body).toMatch(/queue_jobs\{queue="transcode",state="waiting"\}/);
  });
});

describe('the configured administrator', () => {
  it('is created under another username when a person already has ADMIN_USERNAME', async () => {
    const first = await startTestServer();
    const api = new Api(first.baseUrl);
    const taken = uniqueName('taken');
    await registerUser(api, taken);
    await first.close();

    const email = `${uniqueName('chief')}@example.com`;
    const second = await startTestServer({
      ADMIN_EMAIL: email,
      ADMIN_PASSWORD: 'admin password 2',
      ADMIN_USERNAME: taken,
    });
    try {
      const admin = await login(new Api(second.baseUrl), email, 'admin password 2');
      expect(admin.user.role).toBe('admin');
      expect(admin.user.username).toMatch(new RegExp(`^${taken.slice(0, 25)}_[0-9a-f]{4}$`));
    } finally {
      await second.close();
    }
  });
});
