import { spawn } from 'node:child_process';

export interface RunProcessOptions {
  /** Aborting kills the child (SIGKILL) and rejects with the signal's reason once it has exited. */
  signal?: AbortSignal;
  /** Kills the child after this long, like an abort. */
  timeoutMs?: number;
  /** Called for each line written to stdout (used for ffmpeg's `-progress pipe:1`). */
  onStdoutLine?: (line: string) => void;
  /** Keep stdout as a Buffer in the result (ffprobe JSON, images piped out of ffmpeg). */
  captureStdout?: boolean;
  /** Called once the child has started, e.g. to record its pid. */
  onSpawn?: (pid: number) => void;
  /**
   * Run the child in a process group of its own and kill the whole group on abort: for tools that start
   * tools of their own (yt-dlp runs ffmpeg), which a kill of the child alone would leave running.
   */
  killGroup?: boolean;
}

export interface ProcessResult {
  stdout: Buffer;
  /** The last few kilobytes of stderr. */
  stderr: string;
}

const STDERR_TAIL_CHARS = 16_000;

/** The child ran and exited unsuccessfully; `stderr` holds the end of what it said. */
export class ProcessFailedError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly exitSignal: NodeJS.Signals | null,
    readonly stderr: string,
  ) {
    const lastLine = stderr.trim().split('\n').pop() ?? '';
    super(`${command} exited with ${exitCode ?? exitSignal}${lastLine ? `: ${lastLine}` : ''}`);
    this.name = 'ProcessFailedError';
  }
}

/** Runs one command without a shell and resolves when it exits with 0. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunProcessOptions = {},
): Promise<ProcessResult> {
  const signal = combineSignals(options.signal, options.timeoutMs);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: options.killGroup });
    const stdoutChunks: Buffer[] = [];
    let stderr = '';
    let pendingLine = '';
    let spawnError: Error | undefined;

    const onAbort = () => {
      if (!options.killGroup || child.pid === undefined) return child.kill('SIGKILL');
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL'); // the group is gone already
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    child.once('spawn', () => child.pid !== undefined && options.onSpawn?.(child.pid));
    child.once('error', (error) => (spawnError = error));
    child.stdout.on('data', (chunk: Buffer) => {
      if (options.captureStdout) stdoutChunks.push(chunk);
      if (!options.onStdoutLine) return;
      const lines = (pendingLine + chunk.toString('utf8')).split('\n');
      pendingLine = lines.pop() ?? '';
      for (const line of lines) options.onStdoutLine(line);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL_CHARS);
    });

    // 'close' comes after the process exited and its pipes drained, so nothing writes after we settle.
    child.once('close', (code, exitSignal) => {
      signal?.removeEventListener('abort', onAbort);
      if (pendingLine && options.onStdoutLine) options.onStdoutLine(pendingLine);
      if (signal?.aborted) return reject(signal.reason);
      if (spawnError) return reject(spawnError);
      if (code === 0) return resolve({ stdout: Buffer.concat(stdoutChunks), stderr });
      reject(new ProcessFailedError(command, code, exitSignal, stderr));
    });
  });
}

function combineSignals(
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): AbortSignal | undefined {
  if (timeoutMs === undefined) return signal;
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}
