import { Api } from '../support/http';
import { TcpProxy } from '../support/tcp-proxy';
import { startTestServer, TestServer } from '../support/test-server';

async function waitForHealth(api: Api, status: number, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await api.get('/api/health');
    if (result.status === status || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('health', () => {
  const database = new URL(process.env.DATABASE_URL!);
  const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const dbProxy = new TcpProxy(database.hostname, Number(database.port || 5432));
  const redisProxy = new TcpProxy(redis.hostname, Number(redis.port || 6379));
  let server: TestServer;
  let api: Api;

  beforeAll(async () => {
    await dbProxy.start();
    await redisProxy.start();
    const viaDbProxy = new URL(database);
    viaDbProxy.host = `127.0.0.1:${dbProxy.port}`;
    server = await startTestServer({
      DATABASE_URL: viaDbProxy.toString(),
      REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
    });
    api = new Api(server.baseUrl);
  });
  afterAll(async () => {
    await server.close();
    await dbProxy.stop();
    await redisProxy.stop();
  });

  it('reports both parts up', async () => {
    const result = await api.get('/api/health');
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('names the database when it goes away, and heals without a restart', async () => {
    await dbProxy.stop();
    const down = await waitForHealth(api, 503);
    expect(down.status).toBe(503);
    expect(down.body).toEqual(
      expect.objectContaining({
        status: 'error',
        db: 'down',
        redis: 'up',
        message: expect.stringMatching(/database/),
      }),
    );
    await dbProxy.resume();
    const healed = await waitForHealth(api, 200);
    expect(healed.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('names Redis when it goes away, and heals without a restart', async () => {
    await redisProxy.stop();
    const down = await waitForHealth(api, 503);
    expect(down.body).toEqual(
      expect.objectContaining({
        status: 'error',
        db: 'up',
        redis: 'down',
        message: expect.stringMatching(/redis/),
      }),
    );
    await redisProxy.resume();
    const healed = await waitForHealth(api, 200);
    expect(healed.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });
});
