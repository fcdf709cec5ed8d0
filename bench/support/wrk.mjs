import { spawn } from 'node:child_process';

/**
 * The same measurement as load.mjs, with wrk as the client: autocannon gathers each response body in
 * JavaScript and tops out near 60 MB/s on this machine, so with 1 MB responses it would measure itself.
 * One wrk thread (one core) after an unrecorded warm-up; returns requests/s and p99 latency.
 */
export async function loadWithWrk(wrk, name, url, { seconds, connections = 32, stopRequest }) {
  await runWrk(wrk, url, { seconds: 2, connections, stopRequest });
  const output = await runWrk(wrk, url, { seconds, connections, stopRequest });
  const failed = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socketErrors = /Socket errors: (.*)/.exec(output)?.[1];
  if (failed > 0 || socketErrors) throw new Error(`${name}: wrk reported errors:\n${output}`);
  const requestsPerSecond = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]);
  const p99 = /^\s+99%\s+([\d.]+)(us|ms|s)\s*$/m.exec(output);
  if (!requestsPerSecond || !p99) throw new Error(`${name}: could not read wrk's output:\n${output}`);
  const p99Ms = Number(p99[1]) * { us: 0.001, ms: 1, s: 1000 }[p99[2]];
  return { name, url, requestsPerSecond, p99Ms: Math.round(p99Ms * 100) / 100 };
}

function runWrk(wrk, url, { seconds, connections, stopRequest }) {
  return new Promise((resolve, reject) => {
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url];
    const child = spawn(wrk, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const stop = () => child.kill('SIGINT');
    stopRequest?.addEventListener('abort', stop, { once: true });
    child.on('error', reject);
    child.on('exit', (code) => {
      stopRequest?.removeEventListener('abort', stop);
      if (code === 0) resolve(output);
      else reject(new Error(`wrk exited with ${code}:\n${output}`));
    });
  });
}
