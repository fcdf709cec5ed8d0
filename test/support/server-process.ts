import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';

const repoRoot = resolve(__dirname, '../..');
const KEPT_LINES = 300;
const GUARD = resolve(__dirname, 'app-guard.js');

export interface ServerProcess {
  baseUrl: string;
  /** The last lines both processes printed, for assertion messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Added to the test run's environment (set by jest's global setup), e.g. ADMIN_EMAIL/ADMIN_PASSWORD. */
  env?: NodeJS.ProcessEnv;
  /** Also start the worker (default true); HTTP-only tests can leave it out. */
  worker?: boolean;
  /**
   * Gives these processes a database, Redis prefix and data folder of their own, named after the run's
   * with this suffix, instead of sharing them with the other test files (the database is dropped by stop()).
   */
  isolate?: string;
  timeoutMs?: number;
}

/**
 * The free port is found before the server binds it, a second later: another process (an outgoing
 * connection's ephemeral port) can take it in between, so a start that finds it taken is tried again.
 */
const START_ATTEMPTS = 3;

/**
 * Starts the BUILT server (and worker) as `npm start` does, on a free port, and waits until
 * GET /api/health answers 200. Build them first (`npm test` does; by hand `npx tsc -b apps/server apps/worker`).
 */
export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (attempt >= START_ATTEMPTS || !(error as Error).message.includes('EADDRINUSE')) throw error;
    }
  }
}

async function startOnce(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const isolated = options.isolate ? isolatedEnv(options.isolate) : {};
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...isolated, ...options.env };
  const lines: string[] = [];
  const names = options.worker === false ? ['server'] : ['server', 'worker'];
  const children = names.map((name) => ({ name, child: startApp(name, env, lines) }));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await Promise.all(children.map(({ child }) => stopChild(child)));
    if (isolated.DATABASE_URL) await dropDatabase(isolated.DATABASE_URL);
  };
  const output = () => lines.join('\n');
  try {
    await waitForHealth(baseUrl, children, options.timeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- output of the server and worker ---\n${output()}`);
  }
  return { baseUrl, output, stop };
}

function isolatedEnv(suffix: string): NodeJS.ProcessEnv {
  const database = new URL(process.env.DATABASE_URL!);
  database.pathname = `${database.pathname}_${suffix}`;
  const dataDir = join(process.env.DATA_DIR!, suffix);
  mkdirSync(dataDir, { recursive: true });
  // the run's prefix starts these keys too, so global teardown removes them
  return {
    DATABASE_URL: database.toString(),
    REDIS_PREFIX: `${process.env.REDIS_PREFIX}-${suffix}`,
    DATA_DIR: dataDir,
  };
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

function startApp(name: string, env: NodeJS.ProcessEnv, lines: string[]): ChildProcess {
  // through app-guard.js, which stops the app when this test process ends without stopping it; in a
  // process group of their own, so that a stuck app is killed together with its guard
  const child = spawn(process.execPath, [GUARD, resolve(repoRoot, `apps/${name}/dist/main.js`)], {
    cwd: repoRoot,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (line: string) => {
    lines.push(`[${name}] ${line}`);
    if (lines.length > KEPT_LINES) lines.shift();
  };
  createInterface({ input: child.stdout! }).on('line', keep);
  createInterface({ input: child.stderr! }).on('line', keep);
  child.on('exit', (code, signal) => keep(`exited (${signal ?? `code ${code}`})`));
  return child;
}

async function waitForHealth(
  baseUrl: string,
  children: { name: string; child: ChildProcess }[],
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exited = children.find(({ child }) => hasExited(child));
    if (exited) throw new Error(`the ${exited.name} exited while starting`);
    const status = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`GET ${baseUrl}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function stopChild(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}
