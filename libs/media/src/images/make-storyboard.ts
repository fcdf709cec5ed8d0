import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { FFMPEG_BASE_ARGS, localInputArgs } from '../process/ffmpeg-input';
import { runFfmpeg } from '../process/run-ffmpeg';

export interface StoryboardOptions {
  columns?: number;
  tileWidth?: number;
  /** Seconds between tiles; by default the duration spread over at most `maxTiles` tiles, 1 s at least. */
  interval?: number;
  maxTiles?: number;
  /** How the VTT refers to the sprite (relative to the VTT's URL). */
  spriteUrl?: string;
  forceFormat?: string;
  signal?: AbortSignal;
}

export interface Storyboard {
  sprite: string;
  vtt: string;
  tiles: number;
  columns: number;
  rows: number;
  tileWidth: number;
  tileHeight: number;
  interval: number;
}

/**
 * Seek previews: a grid of small frames in `storyboard.jpg` and a WebVTT track whose cues point into it
 * with `#xywh=`. One ffmpeg run picks a frame per interval; feeding it the lowest rendition rather than
 * the original makes that decode cheap.
 */
export async function makeStoryboard(
  input: string,
  duration: number,
  outDir: string,
  options: StoryboardOptions = {},
): Promise<Storyboard> {
  const columns = options.columns ?? 10;
  const tileWidth = options.tileWidth ?? 160;
  const maxTiles = options.maxTiles ?? 100;
  const interval = options.interval ?? Math.max(1, Math.ceil((duration / maxTiles) * 10) / 10);
  const { stdout } = await runFfmpeg(
    [
      ...FFMPEG_BASE_ARGS,
      ...localInputArgs(input, options.forceFormat),
      '-map',
      '0:V:0',
      '-vf',
      `fps=1/${interval},scale=${tileWidth}:trunc(${tileWidth}/dar/2)*2,setsar=1`,
      '-frames:v',
      `${maxTiles}`,
      '-f',
      'image2pipe',
      '-c:v',
      'png',
      'pipe:1',
    ],
    { captureStdout: true, signal: options.signal, timeoutMs: 600_000 },
  );
  const frames = splitPngStream(stdout).slice(0, Math.max(1, Math.ceil(duration / interval)));
  if (frames.length === 0) throw new Error(`no storyboard frames from ${input}`);
  const tileHeight = (await sharp(frames[0]).metadata()).height ?? 0;
  const rows = Math.ceil(frames.length / columns);

  await mkdir(outDir, { recursive: true });
  const sprite = join(outDir, 'storyboard.jpg');
  const vtt = join(outDir, 'storyboard.vtt');
  await sharp({
    create: {
      width: tileWidth * Math.min(columns, frames.length),
      height: tileHeight * rows,
      channels: 3,
      background: '#000',
    },
  })
    .composite(
      frames.map((frame, i) => ({
        input: frame,
        left: (i % columns) * tileWidth,
        top: Math.floor(i / columns) * tileHeight,
      })),
    )
    .jpeg({ quality: 70, progressive: true })
    .toFile(sprite);
  const spriteUrl = options.spriteUrl ?? 'storyboard.jpg';
  const cues = frames.map((_, i) => {
    const xywh = `${(i % columns) * tileWidth},${Math.floor(i / columns) * tileHeight},${tileWidth},${tileHeight}`;
    const end = i === frames.length - 1 ? duration : (i + 1) * interval;
    return `${vttTime(i * interval)} --> ${vttTime(end)}\n${spriteUrl}#xywh=${xywh}`;
  });
  await writeFile(vtt, `WEBVTT\n\n${cues.join('\n\n')}\n`);
  return { sprite, vtt, tiles: frames.length, columns, rows, tileWidth, tileHeight, interval };
}

function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

const PNG_SIGNATURE_LENGTH = 8;

/** ffmpeg's image2pipe writes PNGs back to back; walk their chunks to cut them apart. */
function splitPngStream(data: Buffer): Buffer[] {
  const images: Buffer[] = [];
  let start = 0;
  let offset = PNG_SIGNATURE_LENGTH;
  while (offset + 8 <= data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    offset += 12 + length; // length, type, data, CRC
    if (type === 'IEND') {
      images.push(data.subarray(start, offset));
      start = offset;
      offset = start + PNG_SIGNATURE_LENGTH;
    }
  }
  return images;
}
