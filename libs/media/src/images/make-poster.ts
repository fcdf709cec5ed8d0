import sharp from 'sharp';
import { FFMPEG_BASE_ARGS, localInputArgs } from '../process/ffmpeg-input';
import { runFfmpeg } from '../process/run-ffmpeg';
import { THUMBNAIL_WIDTHS } from './extract-frames';
import { ImageVariant, resizeImage } from './resize-image';

export interface MakePosterOptions {
  forceFormat?: string;
  widths?: readonly number[];
  /** Waveform and card colours. */
  color?: string;
  background?: string;
  signal?: AbortSignal;
}

const POSTER_WIDTH = 1280;
const POSTER_HEIGHT = 720;

/**
 * The picture of an audio-only video: its whole waveform on a plain 16:9 card, as
 * `poster-{width}.webp|jpg` at the thumbnail widths.
 */
export async function makePoster(
  input: string,
  outDir: string,
  options: MakePosterOptions = {},
): Promise<ImageVariant[]> {
  const color = options.color ?? '#3ea6ff';
  const background = options.background ?? '#0f0f0f';
  const { stdout: waveform } = await runFfmpeg(
    [
      ...FFMPEG_BASE_ARGS,
      ...localInputArgs(input, options.forceFormat),
      '-filter_complex',
      `[0:a:0]aformat=channel_layouts=mono,showwavespic=s=${POSTER_WIDTH}x${POSTER_HEIGHT / 2}:scale=sqrt:colors=${color.replace('#', '0x')}[w]`,
      '-map',
      '[w]',
      '-frames:v',
      '1',
      '-f',
      'image2pipe',
      '-c:v',
      'png',
      'pipe:1',
    ],
    { captureStdout: true, signal: options.signal, timeoutMs: 300_000 },
  );
  const card = await sharp({
    create: { width: POSTER_WIDTH, height: POSTER_HEIGHT, channels: 3, background },
  })
    .composite([{ input: waveform, top: POSTER_HEIGHT / 4, left: 0 }])
    .png()
    .toBuffer();
  return resizeImage(card, outDir, options.widths ?? THUMBNAIL_WIDTHS, { baseName: 'poster', background });
}
