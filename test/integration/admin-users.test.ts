import { MikroORM } from '@mikro-orm/postgresql';
import { io } from 'socket.io-client';
import { Api, login, registerUser, Session, uniqueName } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

describe('admin users API (simple-rest dialect)', () => {
  let server: TestServer;
  let api: Api;
  let admin: Session;
  const adminEmail = `${uniqueName('boss')}@example.com`;

  beforeAll(async () => {
    server = await startTestServer({
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: 'admin password 1',
      ADMIN_USERNAME: uniqueName('boss'),
    });
    api = new Api(server.baseUrl);
    admin = await login(api, adminEmail, 'admin password 1');
  });
  afterAll(() => server.close());

  it('refuses anonymous callers with 401 and plain users with 403', async () => {
    const user = await registerUser(api);
    for (const [method, path] of [
      ['GET', '/api/admin/users'],
      ['GET', `/api/admin/users/${user.user.id}`],
      ['PUT', `/api/admin/users/${user.user.id}`],
      ['DELETE', `/api/admin/users/${user.user.id}`],
    ]) {
      expect((await api.request(method, path, method === 'PUT' ? {} : undefined)).status).toBe(401);
      expect((await user.api.request(method, path, method === 'PUT' ? {} : undefined)).status).toBe(403);
    }
  });

  it('lists with search, sort and range, and says the total in Content-Range', async () => {
    const tag = uniqueName('zz');
    for (const suffix of ['c', 'a', 'b']) await registerUser(api, `${tag}_${suffix}`);
    const filter = encodeURIComponent(JSON.stringify({ q: tag }));
    const page = await admin.api.get(
      `/api/admin/users?sort=${encodeURIComponent('["username","ASC"]')}&range=${encodeURIComponent('[0,1]')}&filter=${filter}`,
    );
    expect(page.status).toBe(200);
    expect(page.headers.get('content-range')).toBe('users 0-1/3');
    expect(page.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    expect(page.body.map((u: { username: string }) => u.username)).toEqual([`${tag}_a`, `${tag}_b`]);
    expect(page.body[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        email: `${tag}_a@example.com`,
        role: 'user',
        banned: false,
        banReason: null,
        createdAt: expect.any(String),
      }),
    );

    const desc = await admin.api.get(
      `/api/admin/users?sort=${encodeURIComponent('["username","DESC"]')}&range=${encodeURIComponent('[2,9]')}&filter=${filter}`,
    );
    expect(desc.headers.get('content-range')).toBe('users 2-2/3');
    expect(desc.body.map((u: { username: string }) => u.username)).toEqual([`${tag}_a`]);

    const many = await admin.api.get(
      `/api/admin/users?filter=${encodeURIComponent(JSON.stringify({ id: [page.body[0].id] }))}`,
    );
    expect(many.body).toHaveLength(1);
  });

  it.each([
    ['sort=nonsense', /sort must be JSON/],
    [`sort=${encodeURIComponent('["passwordHash","ASC"]')}`, /sort field must be one of/],
    [`range=${encodeURIComponent('[5,1]')}`, /range must be/],
    [`filter=${encodeURIComponent('[1]')}`, /filter must be a JSON object/],
  ])('answers a bad list query (%s) with 400', async (query, message) => {
    const result = await admin.api.get(`/api/admin/users?${query}`);
    expect(result.status).toBe(400);
    expect(result.body.message).toMatch(message);
  });

  it('changes a role, and bans with a reason: tokens and sockets stop, login says why', async () => {
    const target = await registerUser(api);
    const socket = io(server.baseUrl, {
      path: '/socket.io/',
      auth: { token: target.token },
      transports: ['websocket'],
      reconnection: false,
    });
    await new Promise((resolve) => socket.once('connect', resolve));
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));

    const promoted = await admin.api.put(`/api/admin/users/${target.user.id}`, { role: 'moderator' });
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe('moderator');
    await disconnected; // a role change revokes tokens, which carry the role

    const noReason = await admin.api.put(`/api/admin/users/${target.user.id}`, { banned: true });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/banReason must say why/);

    const relogged = await login(api, target.user.username, 'correct horse battery');
    expect((await relogged.api.get('/api/admin/users')).status).toBe(200); // now a moderator

    const banned = await admin.api.put(`/api/admin/users/${target.user.id}`, {
      ...promoted.body,
      banned: true,
      banReason: 'spam links',
    });
    expect(banned.status).toBe(200);
    expect(banned.body).toEqual(expect.objectContaining({ banned: true, banReason: 'spam links' }));
    expect((await relogged.api.get('/api/me')).status).toBe(401);
    const refused = await api.post('/api/auth/login', {
      login: target.user.username,
      password: 'correct horse battery',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/banned: spam links/);

    const unbanned = await admin.api.put(`/api/admin/users/${target.user.id}`, { banned: false });
    expect(unbanned.body.banned).toBe(false);
    expect(
      (await api.post('/api/auth/login', { login: target.user.username, password: 'correct horse battery' }))
        .status,
    ).toBe(200);
    socket.close();
  });

  it('lets a moderator ban users but not change roles or ban other moderators', async () => {
    const moderator = await registerUser(api);
    await admin.api.put(`/api/admin/users/${moderator.user.id}`, { role: 'moderator' });
    const mod = await login(api, moderator.user.username, 'correct horse battery');
    const victim = await registerUser(api);
    expect(
      (await mod.api.put(`/api/admin/users/${victim.user.id}`, { banned: true, banReason: 'abuse' })).status,
    ).toBe(200);
    expect((await mod.api.put(`/api/admin/users/${victim.user.id}`, { role: 'admin' })).status).toBe(403);
    expect(
      (await mod.api.put(`/api/admin/users/${admin.user.id}`, { banned: true, banReason: 'coup' })).status,
    ).toBe(403);
    expect((await mod.api.put(`/api/admin/users/${victim.user.id}`, { role: 'emperor' })).status).toBe(400);
    expect((await mod.api.get('/api/admin/users/not-a-uuid')).status).toBe(400);
    expect((await mod.api.get('/api/admin/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('deletes a user, and their notifications with them', async () => {
    const doomed = await registerUser(api);
    const orm = server.app.get(MikroORM);
    await orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into notifications (id, user_id, type, data) values (gen_random_uuid(), ?, 'subscriber.new', '{}')`,
        [doomed.user.id],
      );
    const notificationsOf = async (userId: string) =>
      (
        await orm.em
          .fork()
          .getConnection()
          .execute(`select id from notifications where user_id = ?`, [userId])
      ).length;
    expect(await notificationsOf(doomed.user.id)).toBe(1);

    const removed = await admin.api.delete(`/api/admin/users/${doomed.user.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.id).toBe(doomed.user.id);
    expect((await admin.api.get(`/api/admin/users/${doomed.user.id}`)).status).toBe(404);
    expect(await notificationsOf(doomed.user.id)).toBe(0);
    expect((await admin.api.delete(`/api/admin/users/${admin.user.id}`)).status).toBe(400);
  });
});
