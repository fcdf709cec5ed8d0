import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServerApp } from '../../apps/server/src/server-app';

export interface TestServer {
  app: NestFastifyApplication;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real server in this process, on a free port, against the run's own database and Redis prefix.
 * Limits are lifted unless a test sets them; hashing is cheap so suites stay fast.
 */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const { app } = await createServerApp({
    ...process.env,
    PASSWORD_HASH_ROUNDS: '4',
    RATE_LIMIT_AUTH: '100000/60',
    RATE_LIMIT_API: '100000/60',
    RATE_LIMIT_DOWNLOADS: '100000/60',
    ...overrides,
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}
