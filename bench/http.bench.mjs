// HTTP overhead of the Clipstream server against a bare Fastify server, measured in the same run:
// GET /api/health (a database and a Redis round trip) and authenticated GET /api/me (JWT + one row),
// each loaded for BENCH_SECONDS (default 10) with 32 connections. The server runs on a database, Redis
// prefix and data folder of its own, removed at the end.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { runMain } from '../scripts/lib/main.mjs';
import { onShutdown, stopProcess } from '../scripts/lib/process.mjs';
import { step } from '../scripts/lib/log.mjs';
import { fromRoot } from '../scripts/lib/repo.mjs';
import { benchEnv, requireBuilt } from './support/bench-env.mjs';
import { registerUser, startClipstream } from './support/clipstream.mjs';
import { load } from './support/load.mjs';
import { freePort } from './support/ports.mjs';
import { fixed, printTable, ratio, saveResults } from './support/report.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = 32;

requireBuilt('apps/server/dist/main.js');

await runMain(async (stopRequest) => {
  const env = await benchEnv();
  const baseline = await startBareFastify();
  const { baseUrl } = await startClipstream(env);
  const { token } = await registerUser(baseUrl, 'bench');

  const results = [];
  for (const [name, url, headers] of [
    ['bare Fastify GET /', baseline],
    ['GET /api/health', `${baseUrl}/api/health`],
    ['GET /api/me (Bearer)', `${baseUrl}/api/me`, { authorization: `Bearer ${token}` }],
  ]) {
    if (stopRequest.aborted) return 1;
    step(`Loading ${name} for ${SECONDS} s…`);
    results.push(await load(name, url, { seconds: SECONDS, connections: CONNECTIONS, headers, stopRequest }));
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

function report(results) {
  const [bare] = results;
  console.log(
    `\nHTTP, ${CONNECTIONS} connections, ${SECONDS} s each (higher req/s and lower p99 are better)\n`,
  );
  printTable(
    ['endpoint', 'req/s', 'p99 ms', 'req/s vs bare', 'p99 vs bare'],
    results.map((r) => [
      r.name,
      Math.round(r.requestsPerSecond),
      r.p99Ms,
      `${fixed(ratio(r.requestsPerSecond, bare.requestsPerSecond))}×`,
      `${fixed(ratio(r.p99Ms, Math.max(bare.p99Ms, 1)), 1)}×`,
    ]),
  );
  saveResults('http', { seconds: SECONDS, connections: CONNECTIONS, results });
}
