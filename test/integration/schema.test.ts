import { MikroORM } from '@mikro-orm/postgresql';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * The entities must declare everything the hand-written migrations build (columns kept by triggers,
 * partial and GIN indexes): otherwise `npm run migration:create` would write a migration that drops them.
 */
describe('database schema', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('is what the entities describe: a generated migration would change nothing', async () => {
    const orm = server.app.get(MikroORM);
    expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });
});
