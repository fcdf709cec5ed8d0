import { fork } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from './repo.mjs';
import { onShutdown, stopProcess } from './process.mjs';
import { fail, step } from './log.mjs';
import { RUN_MARK } from './postgres-log.mjs';

const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/clipstream';
/** The embedded cluster only listens on localhost, so a fixed password is no secret worth keeping. */
const EMBEDDED = { port: 54329, user: 'postgres', password: 'postgres' };
const EMBEDDED_URL = `postgres://${EMBEDDED.user}:${EMBEDDED.password}@127.0.0.1:${EMBEDDED.port}/clipstream`;

/**
 * The DATABASE_URL to use: the configured one, else a Postgres on 127.0.0.1:5432 that lets "postgres"
 * in, else an embedded Postgres kept in DATA_DIR/postgres, started now and stopped at shutdown().
 * The database itself is created by the apps at start-up.
 */
export async function ensurePostgres(env = process.env) {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (await answers(LOCAL_URL)) {
    step('Using the Postgres on 127.0.0.1:5432.');
    return LOCAL_URL;
  }
  if (await answers(EMBEDDED_URL)) {
    step(`Using the embedded Postgres already running on port ${EMBEDDED.port}.`);
    return EMBEDDED_URL;
  }
  await startEmbedded(resolveDataDir(env));
  return EMBEDDED_URL;
}

/** The same server's maintenance database, where other databases are created and dropped. */
export function maintenanceUrl(databaseUrl) {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

async function answers(databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    connectionString: maintenanceUrl(databaseUrl),
    connectionTimeoutMillis: 3000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function startEmbedded(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'postgres.log');
  const options = { ...EMBEDDED, databaseDir: join(dataDir, 'postgres'), logFile };
  step(`Starting the embedded Postgres on port ${EMBEDDED.port} (data in ${options.databaseDir})…`);
  // a process group of its own: a Ctrl-C in the terminal must not stop the database before the apps
  const host = fork(new URL('./embedded-postgres-host.mjs', import.meta.url), [JSON.stringify(options)], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const outcome = await new Promise((resolve) => {
    host.on('message', (message) => {
      if (message.state === 'initialising') step('First run: creating the Postgres cluster…');
      else resolve(message);
    });
    host.on('exit', () => resolve({ state: 'failed', message: 'the Postgres host process exited' }));
  });
  if (outcome.state !== 'ready') {
    const log = lastRunLog(logFile);
    fail(
      `The embedded Postgres did not start: ${outcome.message}.${log ? `\n${log}\n` : ' '}` +
        'Set DATABASE_URL to use another Postgres.',
    );
  }
  onShutdown(() => stopProcess(host, { timeoutMs: 20_000 }));
}

/** What the last start of the embedded cluster wrote to its log. */
function lastRunLog(file, lines = 20) {
  try {
    const text = readFileSync(file, 'utf8');
    return text.slice(text.lastIndexOf(RUN_MARK)).trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
