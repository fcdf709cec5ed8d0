import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FFMPEG_BASE_ARGS, localInputArgs } from '../process/ffmpeg-input';
import { PROGRESS_ARGS } from '../process/progress-parser';
import { runFfmpeg } from '../process/run-ffmpeg';

export interface CutClipOptions {
  input: string;
  /** The demuxer from assertPlayableUpload. */
  forceFormat?: string;
  /** Seconds. */
  start: number;
  end: number;
  output: string;
  /** x264 preset and quality: the clip is a near-lossless intermediate that goes through the pipeline again. */
  preset?: string;
  crf?: number;
  /** 0–100 of the clip written so far. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/**
 * Cuts [start, end) accurate to the frame into an MP4 (H.264 + AAC). `-ss` before the input seeks fast to
 * the keyframe before `start`, and ffmpeg's default accurate seek then decodes and drops the frames up to
 * `start`; re-encoding lets the clip begin on any frame, not only on a keyframe.
 */
export async function cutClip(options: CutClipOptions): Promise<string> {
  const { start, end } = options;
  if (!(Number.isFinite(start) && Number.isFinite(end) && start >= 0 && end > start)) {
    throw new RangeError(`a clip needs 0 <= start < end, got ${start}–${end}`);
  }
  const length = end - start;
  await mkdir(dirname(options.output), { recursive: true });
  await runFfmpeg(
    [
      ...FFMPEG_BASE_ARGS,
      '-ss',
      `${start}`,
      ...localInputArgs(options.input, options.forceFormat),
      '-t',
      `${length}`,
      '-map',
      '0:V:0?',
      '-map',
      '0:a:0?',
      '-c:v',
      'libx264',
      '-preset',
      options.preset ?? 'veryfast',
      '-crf',
      `${options.crf ?? 18}`,
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-b:a',
      '192k',
      '-map_metadata',
      '-1',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      ...(options.onProgress ? PROGRESS_ARGS : []),
      options.output,
    ],
    {
      signal: options.signal,
      onProgress:
        options.onProgress &&
        (({ outTime }) => options.onProgress?.(Math.min(100, Math.round((outTime / length) * 1000) / 10))),
    },
  );
  return options.output;
}
