import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const repoRoot = resolve(__dirname, '../..');
const KEPT_LINES = 300;

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
  timeoutMs?: number;
}

/**
 * Starts the BUILT server (and worker) as `npm start` does, on a free port, and waits until
 * GET /api/health answers 200. Build them first (`npm test` does; by hand `npx tsc -b apps/server apps/worker`).
 */
export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const port = await freePort();
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...options.env };
  const lines: string[] = [];
  const names = options.worker === false ? ['server'] : ['server', 'worker'];
  const children = names.map((name) => ({ name, child: startApp(name, env, lines) }));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => Promise.all(children.map(({ child }) => stopChild(child))).then(() => undefined);
  const output = () => lines.join('\n');
  try {
    await waitForHealth(baseUrl, children, options.timeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- output of the server and worker ---\n${output()}`);
  }
  return { baseUrl, output, stop };
}

function startApp(name: string, env: NodeJS.ProcessEnv, lines: string[]): ChildProcess {
  // a process group of its own, so that a stuck app and whatever it spawned (ffmpeg…) can be killed together
  const child = spawn(process.execPath, [resolve(repoRoot, `apps/${name}/dist/main.js`)], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
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
  const timer = setTimeout(() => killGroup(child), timeoutMs);
  await exited;
  clearTimeout(timer);
}

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
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
