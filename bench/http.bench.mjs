// HTTP overhead of the Clipstream server against a bare Fastify server, measured in the same run:
// GET /api/health (a database and a Redis round trip) and authenticated GET /api/me (JWT + one row),
// each loaded for BENCH_SECONDS (default 10) with 32 connections. Run it with `npm run bench`, which
// provides DATABASE_URL and REDIS_URL; it uses a database, Redis prefix and data folder of its own and
// removes them at the end.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, waitForHealth } from '../scripts/lib/apps.mjs';
import { runMain } from '../scripts/lib/main.mjs';
import { onShutdown, stopProcess } from '../scripts/lib/process.mjs';
import { fail, step } from '../scripts/lib/log.mjs';
import { fromRoot } from '../scripts/lib/repo.mjs';
import { load } from './support/load.mjs';
import { freePort } from './support/ports.mjs';

const seconds = Number(process.env.BENCH_SECONDS || 10);

await runMain(async (stopRequest) => {
  if (!process.env.DATABASE_URL || !process.env.REDIS_URL) fail('Run this with `npm run bench`.');
  const baseline = await startBareFastify();
  const server = await startClipstream();
  const token = await registerUser(server);

  const results = [];
  for (const [name, url, headers] of [
    ['bare Fastify GET /', baseline],
    ['GET /api/health', `${server}/api/health`],
    ['GET /api/me (Bearer)', `${server}/api/me`, { authorization: `Bearer ${token}` }],
  ]) {
    if (stopRequest.aborted) return 1;
    step(`Loading ${name} for ${seconds} s…`);
    results.push(await load(name, url, { seconds, headers, stopRequest }));
  }
  report(results);
  return 0;
});

async function startBareFastify() {
  const port = await freePort();
  const child = fork(fromRoot('bench/support/hello-fastify.mjs'), {
    env: { ...process.env, PORT: String(port) },
  });
  onShutdown(() => stopProcess(child));
  await once(child, 'message');
  return `http://127.0.0.1:${port}/`;
}

async function startClipstream() {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `clipstream_bench_${runId}`;
  const databaseUrl = withDatabase(process.env.DATABASE_URL, database);
  const redisPrefix = `clipstream-bench-${runId}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'clipstream-bench-'));
  onShutdown(() => cleanUp({ database, redisPrefix, dataDir }));

  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_PREFIX: redisPrefix,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    // per-request logging would measure the terminal; the rate limits would answer 429 to the load
    LOG_LEVEL: 'warn',
    RATE_LIMIT_API: '1000000000/60',
    RATE_LIMIT_AUTH: '1000/60',
  };
  const server = startApp('server', env);
  onShutdown(() => stopProcess(server));
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, server);
  return base;
}

async function registerUser(base) {
  const response = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', username: 'bench', password: 'bench-password-1' }),
  });
  if (response.status !== 201)
    fail(`registering the bench user answered ${response.status}: ${await response.text()}`);
  return (await response.json()).accessToken;
}

function report(results) {
  const [baseline] = results;
  console.log('\nHTTP, 32 connections, %d s each (higher req/s and lower p99 are better)\n', seconds);
  console.log('| endpoint | req/s | p99 ms | req/s vs bare | p99 vs bare |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of results) {
    const rate = (r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2);
    const p99 = (r.p99Ms / Math.max(baseline.p99Ms, 1)).toFixed(1);
    console.log(`| ${r.name} | ${Math.round(r.requestsPerSecond)} | ${r.p99Ms} | ${rate}× | ${p99}× |`);
  }
  mkdirSync(fromRoot('bench/results'), { recursive: true });
  const file = fromRoot('bench/results', `http-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ seconds, connections: 32, results }, null, 2));
  console.log(`\nSaved to ${file}`);
}

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function cleanUp({ database, redisPrefix, dataDir }) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: withDatabase(process.env.DATABASE_URL, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists "${database}" with (force)`);
  await admin.end();

  const { default: Redis } = await import('ioredis');
  const redis = new Redis(process.env.REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}*`, 'COUNT', 500);
    if (keys.length) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();

  rmSync(dataDir, { recursive: true, force: true });
}
