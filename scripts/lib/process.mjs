import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { repoRoot } from './repo.mjs';
import { SetupError } from './log.mjs';

/** Runs a command to its end with its output streamed to ours; rejects when it fails, unless allowFailure. */
export function run(command, args, { env = process.env, cwd = repoRoot, allowFailure = false } = {}) {
  const commandLine = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: 'inherit' });
    child.on('error', (error) =>
      allowFailure
        ? resolve(1)
        : reject(new SetupError(`\`${commandLine}\` could not start: ${error.message}`)),
    );
    child.on('exit', (code, signal) => {
      if (code === 0 || allowFailure) resolve(code ?? 1);
      else reject(new SetupError(`\`${commandLine}\` failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * Starts a long-running child whose output lines are prefixed with its name. It gets its own process
 * group, so a Ctrl-C in the terminal reaches only us and we decide the order in which things stop.
 */
export function spawnPrefixed(name, command, args, { env = process.env, cwd = repoRoot } = {}) {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = `[${name}] `;
  createInterface({ input: child.stdout }).on('line', (line) => process.stdout.write(prefix + line + '\n'));
  createInterface({ input: child.stderr }).on('line', (line) => process.stderr.write(prefix + line + '\n'));
  return child;
}

export const hasExited = (child) => child.exitCode !== null || child.signalCode !== null;

export function waitForExit(child) {
  if (hasExited(child)) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Asks a child to stop with `signal`, and kills its whole group when it has not stopped in time. */
export async function stopProcess(child, { signal = 'SIGTERM', timeoutMs = 15_000 } = {}) {
  if (hasExited(child)) return;
  const exited = waitForExit(child);
  child.kill(signal);
  const timer = setTimeout(() => killGroup(child), timeoutMs);
  await exited;
  clearTimeout(timer);
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL'); // not a group leader
  }
}

const cleanups = [];

/** Registers what must be undone when the script ends; undone in reverse order by shutdown(). */
export function onShutdown(cleanup) {
  cleanups.push(cleanup);
}

export async function shutdown() {
  while (cleanups.length) {
    const cleanup = cleanups.pop();
    await cleanup().catch((error) => console.error(error));
  }
}
