import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ffmpegPath } from './ffmpeg-binaries';
import { runProcess } from './run-process';

/** Tiny media generated at test time (lavfi), so no media file is ever committed. */

export function tempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `clipstream-media-${label}-`));
}

export interface GenerateVideoOptions {
  width: number;
  height: number;
  seconds: number;
  fps?: number;
  audio?: boolean;
  /** x264 preset: `ultrafast` (the default) is quickest to make, and also cheaper to decode than real uploads. */
  preset?: string;
  /** Extra video filters, e.g. timestamps for a variable frame rate. */
  filter?: string;
  /** Extra output arguments before the file name. */
  outputArgs?: string[];
}

export async function generateVideo(path: string, options: GenerateVideoOptions): Promise<string> {
  const { width, height, seconds, fps = 30 } = options;
  await runProcess(ffmpegPath(), [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=s=${width}x${height}:r=${fps}:d=${seconds}`,
    ...(options.audio === false
      ? []
      : ['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:d=${seconds}`]),
    ...(options.filter ? ['-vf', options.filter] : []),
    '-c:v',
    'libx264',
    '-preset',
    options.preset ?? 'ultrafast',
    '-pix_fmt',
    'yuv420p',
    ...(options.audio === false ? [] : ['-c:a', 'aac', '-b:a', '64k']),
    ...(options.outputArgs ?? []),
    path,
  ]);
  return path;
}

export async function generateAudio(
  path: string,
  seconds: number,
  outputArgs: string[] = [],
): Promise<string> {
  await runProcess(ffmpegPath(), [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=330:sample_rate=44100:d=${seconds}`,
    ...outputArgs,
    path,
  ]);
  return path;
}

/**
 * A copy that tells players to turn the picture (a display matrix, as phones write). ffmpeg 5.1 has no
 * `-display_rotation`; its MP4 muxer turns the `rotate` tag into the matrix on a stream copy.
 */
export async function withRotation(source: string, path: string, degrees: number): Promise<string> {
  await runProcess(ffmpegPath(), [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-i',
    source,
    '-c',
    'copy',
    '-metadata:s:v:0',
    `rotate=${degrees}`,
    path,
  ]);
  return path;
}
