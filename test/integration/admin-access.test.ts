import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { registerModerator } from './admin-fixtures';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** Every admin route, read from the server's own OpenAPI document so that a new one cannot be missed. */
describe('admin API access', () => {
  let server: TestServer;
  let api: Api;
  let user: Session;
  let moderator: Session;
  let routes: Array<{ method: string; path: string }>;

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    user = await registerUser(api);
    moderator = await registerModerator(server, api);
    const document = (await api.get('/api/docs/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/admin/'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => ({
          method: method.toUpperCase(),
          path: path.replace('{id}', SOME_ID),
        })),
      );
  });
  afterAll(() => server.close());

  it('knows every admin route', () => {
    const names = routes.map(({ method, path }) => `${method} ${path.replace(SOME_ID, ':id')}`);
    expect(names.sort()).toEqual(
      [
        ...[
          'users',
          'videos',
          'comments',
          'reports',
          'downloads',
          'jobs',
          'audit-logs',
          'categories',
        ].flatMap((resource) => [`GET /api/admin/${resource}`, `GET /api/admin/${resource}/:id`]),
        ...['users', 'videos', 'reports', 'downloads', 'categories'].map(
          (resource) => `PUT /api/admin/${resource}/:id`,
        ),
        ...['users', 'videos', 'comments', 'downloads', 'jobs', 'categories'].map(
          (resource) => `DELETE /api/admin/${resource}/:id`,
        ),
        'POST /api/admin/categories',
        'POST /api/admin/videos/:id/reprocess',
        'POST /api/admin/jobs/:id/retry',
        'GET /api/admin/jobs/counts',
        'GET /api/admin/stats',
      ].sort(),
    );
  });

  it('answers 401 to anonymous callers and 403 to plain users on every admin route, and lets moderators in', async () => {
    for (const { method, path } of routes) {
      const body = ['PUT', 'POST'].includes(method) ? {} : undefined;
      expect([`${method} ${path}`, (await api.request(method, path, body)).status]).toEqual([
        `${method} ${path}`,
        401,
      ]);
      expect([`${method} ${path}`, (await user.api.request(method, path, body)).status]).toEqual([
        `${method} ${path}`,
        403,
      ]);
      expect([401, 403]).not.toContain((await moderator.api.request(method, path, body)).status);
    }
  });
});
