import { FFMPEG_BASE_ARGS, localInputArgs } from '../process/ffmpeg-input';
import { runFfmpeg } from '../process/run-ffmpeg';
import { ImageVariant, resizeImage } from './resize-image';

export interface Thumbnail {
  index: number;
  /** Seconds into the video. */
  time: number;
  /** Smallest first. */
  variants: ImageVariant[];
}

export interface ExtractFramesOptions {
  /** The demuxer from assertPlayableUpload. */
  forceFormat?: string;
  widths?: readonly number[];
  signal?: AbortSignal;
}

export const THUMBNAIL_WIDTHS = [320, 640, 1280] as const;
export const THUMBNAIL_POSITIONS = [0, 0.25, 0.5, 0.75] as const;

/**
 * Frames at the given fractions of the duration as `thumb-{i}-{width}.webp|jpg` (never wider than the
 * video). Each frame is one fast seek; frames come out display-oriented with square pixels.
 */
export async function extractFrames(
  input: string,
  duration: number,
  positions: readonly number[],
  outDir: string,
  options: ExtractFramesOptions = {},
): Promise<Thumbnail[]> {
  const thumbnails: Thumbnail[] = [];
  for (const [index, position] of positions.entries()) {
    // The last frame may end a little before the container's duration: stay half a second clear of it.
    const time = Math.max(0, Math.min(position * duration, duration - 0.5));
    const frame = await grabFrame(input, time, options);
    const variants = await resizeImage(frame, outDir, options.widths ?? THUMBNAIL_WIDTHS, {
      baseName: `thumb-${index}`,
    });
    thumbnails.push({ index, time, variants });
  }
  return thumbnails;
}

/** One decoded frame as a PNG in memory. */
export async function grabFrame(
  input: string,
  time: number,
  options: { forceFormat?: string; signal?: AbortSignal } = {},
): Promise<Buffer> {
  const { stdout } = await runFfmpeg(
    [
      ...FFMPEG_BASE_ARGS,
      '-ss',
      time.toFixed(3),
      ...localInputArgs(input, options.forceFormat),
      '-map',
      '0:V:0',
      '-frames:v',
      '1',
      '-vf',
      'scale=trunc(iw*sar/2)*2:ih,setsar=1',
      '-f',
      'image2pipe',
      '-c:v',
      'png',
      'pipe:1',
    ],
    { captureStdout: true, signal: options.signal, timeoutMs: 60_000 },
  );
  if (stdout.length === 0) throw new Error(`no frame at ${time}s in ${input}`);
  return stdout;
}
