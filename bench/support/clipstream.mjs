// A throwaway Clipstream for a bench: a database, Redis prefix and data folder of its own, removed at the end.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApp, waitForHealth } from '../../scripts/lib/apps.mjs';
import { hasExited, onShutdown, stopProcess } from '../../scripts/lib/process.mjs';
import { maintenanceUrl } from '../../scripts/lib/postgres.mjs';
import { fail } from '../../scripts/lib/log.mjs';
import { freePort } from './ports.mjs';

/**
 * Starts the built server (and the worker when asked) against a fresh database and Redis prefix.
 * `env` is the bench's environment (DATABASE_URL and REDIS_URL set); `overrides` are added to the apps'.
 * Returns the base URL and what the bench needs to reach the same database, queues and files.
 */
export async function startClipstream(env, { worker = false, overrides = {} } = {}) {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `clipstream_bench_${runId}`;
  const databaseUrl = withDatabase(env.DATABASE_URL, database);
  const redisPrefix = `clipstream-bench-${runId}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'clipstream-bench-'));
  onShutdown(() => removeInstance(env, { database, redisPrefix, dataDir }));

  const port = await freePort();
  const appEnv = {
    ...env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_PREFIX: redisPrefix,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    // per-request logging would measure the terminal; the rate limits would answer 429 to the load;
    // the cheapest bcrypt cost lets a bench register thousands of people in seconds
    LOG_LEVEL: 'warn',
    RATE_LIMIT_API: '1000000000/60',
    RATE_LIMIT_AUTH: '1000000000/60',
    PASSWORD_HASH_ROUNDS: '4',
    ...overrides,
  };
  const server = startApp('server', appEnv);
  onShutdown(() => stopProcess(server));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server);
  if (worker) {
    // started after the server has migrated the database, so the two never migrate at once
    const workerProcess = startApp('worker', appEnv);
    onShutdown(() => stopProcess(workerProcess));
    await waitForWorker(appEnv, workerProcess);
  }
  return { baseUrl, env: appEnv, databaseUrl, redisPrefix, dataDir };
}

/** Registers people through the API; returns `{ id, username, token }` for each. */
export async function registerUser(baseUrl, username) {
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${username}@example.com`, username, password: 'bench-password-1' }),
  });
  if (response.status !== 201)
    fail(`registering ${username} answered ${response.status}: ${await response.text()}`);
  const { user, accessToken } = await response.json();
  return { id: user.id, username: user.username, token: accessToken };
}

/** A JSON API call as a signed-in person; fails the bench on an unexpected status. */
export async function callApi(baseUrl, token, method, path, body, expected = [200, 201]) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!expected.includes(response.status))
    fail(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** The worker says nothing at LOG_LEVEL=warn: it is ready once BullMQ lists it on the notify queue. */
async function waitForWorker(appEnv, workerProcess, timeoutMs = 60_000) {
  const { Queue } = await import('bullmq');
  const { default: core } = await import('../../libs/core/dist/index.js');
  const queue = new Queue(core.QueueName.notify, {
    connection: core.redisOptions(appEnv.REDIS_URL),
    prefix: core.RedisKeys.bull(appEnv.REDIS_PREFIX),
  });
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (hasExited(workerProcess)) fail(`the worker exited (code ${workerProcess.exitCode}) while starting`);
      if ((await queue.getWorkers()).length > 0) return;
      await sleep(250);
    }
    fail(`the worker did not start within ${timeoutMs / 1000} s`);
  } finally {
    await queue.close();
  }
}

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function removeInstance(env, { database, redisPrefix, dataDir }) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: maintenanceUrl(env.DATABASE_URL) });
  await admin.connect();
  await admin.query(`drop database if exists "${database}" with (force)`);
  await admin.end();

  const { default: Redis } = await import('ioredis');
  const redis = new Redis(env.REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}*`, 'COUNT', 500);
    if (keys.length) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();

  rmSync(dataDir, { recursive: true, force: true });
}
