import { rejectionForFailedRun } from '../probe/rejection-reasons';
import { ffmpegPath } from './ffmpeg-binaries';
import { createProgressParser, FfmpegProgress } from './progress-parser';
import { ProcessFailedError, ProcessResult, runProcess } from './run-process';

export interface RunFfmpegOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Needs PROGRESS_ARGS in the arguments. */
  onProgress?: (progress: FfmpegProgress) => void;
  /** For runs that pipe their output (images) to stdout. */
  captureStdout?: boolean;
}

/**
 * Runs ffmpeg; a failure caused by the file itself becomes a MediaRejectedError (permanent), anything
 * else stays a ProcessFailedError that a retry may cure.
 */
export async function runFfmpeg(
  args: readonly string[],
  options: RunFfmpegOptions = {},
): Promise<ProcessResult> {
  try {
    return await runProcess(ffmpegPath(), args, {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      captureStdout: options.captureStdout,
      onStdoutLine: options.onProgress && createProgressParser(options.onProgress),
    });
  } catch (error) {
    if (error instanceof ProcessFailedError) throw rejectionForFailedRun(error.stderr) ?? error;
    throw error;
  }
}
