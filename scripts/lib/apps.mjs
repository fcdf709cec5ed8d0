import { setTimeout as sleep } from 'node:timers/promises';
import { fromRoot } from './repo.mjs';
import { hasExited, spawnPrefixed } from './process.mjs';
import { fail } from './log.mjs';

/** Starts a built node app (`server` or `worker`) with its output prefixed by its name. */
export function startApp(name, env) {
  return spawnPrefixed(name, process.execPath, [fromRoot(`apps/${name}/dist/main.js`)], { env });
}

/** Waits until the server answers GET /api/health with 200; fails when it exits or takes too long. */
export async function waitForHealth(baseUrl, server, { timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(server))
      fail(`the server exited (code ${server.exitCode ?? server.signalCode}) while starting`);
    const response = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (response?.status === 200) return;
    await sleep(250);
  }
  fail(`the server did not answer ${baseUrl}/api/health within ${timeoutMs / 1000} s`);
}
