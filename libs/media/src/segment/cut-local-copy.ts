import { ffmpegPath } from '../process/ffmpeg-binaries';
import { runProcess } from '../process/run-process';
import { LOCAL_COPY_ORIGIN, segmentArgs, type SegmentPlan } from './plan-segment';
import { localCopyInput, smartCut } from './smart-cut';

export interface LocalCutOptions {
  plan: SegmentPlan;
  /** The range as `fetchRangeArgs` fetched it. */
  copy: string;
  /** An empty folder for intermediate files. */
  workDir: string;
  /** Seconds from the segment's start. */
  length: number;
  output: string;
  signal?: AbortSignal;
}

/**
 * Cuts the fetched range exactly: a smart cut when the source allows one, else the same full re-encode
 * as a cut straight from the site. Resolves whether it was a smart cut.
 */
export async function cutLocalCopy(options: LocalCutOptions): Promise<boolean> {
  const { copy, length, output, signal } = options;
  const start = LOCAL_COPY_ORIGIN;
  if (await smartCut({ copy, start, end: start + length, workDir: options.workDir, output, signal }))
    return true;
  // The copy holds the picture and then the sound, whether they came from one source stream or two.
  const inputArgs = () => localCopyInput(copy, start);
  await runProcess(ffmpegPath(), segmentArgs(options.plan, inputArgs, 0, length, output), { signal });
  return false;
}
