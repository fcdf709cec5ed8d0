import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolveDataDir } from './repo.mjs';
import { locateOnPath } from './system-tools.mjs';
import { hasExited, onShutdown, stopProcess } from './process.mjs';
import { fail, step } from './log.mjs';

const OWN_PORT = 6380;

/**
 * The REDIS_URL to use: the configured one, else a Redis on 127.0.0.1:6379, else a redis-server of our
 * own on port 6380 (nothing kept on disk), started now and stopped at shutdown().
 */
export async function ensureRedis(env = process.env) {
  if (env.REDIS_URL) return env.REDIS_URL;
  if (await ping(6379)) {
    step('Using the Redis on 127.0.0.1:6379.');
    return 'redis://127.0.0.1:6379';
  }
  const ownUrl = `redis://127.0.0.1:${OWN_PORT}`;
  if (await ping(OWN_PORT)) {
    step(`Using the Redis already running on port ${OWN_PORT}.`);
    return ownUrl;
  }
  const redisServer = locateOnPath('redis-server', env);
  if (!redisServer) {
    fail(
      'Redis is needed: install it (`sudo apt-get install -y redis-server`) or set REDIS_URL, then run this command again.',
    );
  }
  await startOwnRedis(redisServer, resolveDataDir(env));
  return ownUrl;
}

async function startOwnRedis(redisServer, dataDir) {
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  step(`Starting redis-server on port ${OWN_PORT}…`);
  const args = [
    '--port',
    String(OWN_PORT),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
  ];
  // a process group of its own: a Ctrl-C in the terminal must not stop Redis before the apps
  const child = spawn(redisServer, [...args, '--logfile', join(dataDir, 'redis.log')], {
    detached: true,
    stdio: 'ignore',
  });
  onShutdown(() => stopProcess(child));
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await ping(OWN_PORT)) return;
    if (hasExited(child)) break;
    await sleep(200);
  }
  fail(`redis-server did not start; see ${join(dataDir, 'redis.log')}, or set REDIS_URL.`);
}

/** True when a Redis on 127.0.0.1:port answers PING without a password. */
function ping(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}
