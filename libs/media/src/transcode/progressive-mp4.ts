import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FFMPEG_BASE_ARGS, localInputArgs } from '../process/ffmpeg-input';
import { runFfmpeg } from '../process/run-ffmpeg';

export interface ProgressiveMp4Options {
  /** A video rendition's media playlist (ours), e.g. `…/hls/720p/index.m3u8`. */
  videoPlaylist?: string;
  /** The audio rendition's media playlist, played with every video rendition. */
  audioPlaylist?: string;
  output: string;
  signal?: AbortSignal;
}

/**
 * One rendition as a progressive MP4 for /stream/:quality: the HLS segments remuxed without re-encoding,
 * with the index up front (faststart) so a player can start before the whole file arrives.
 */
export async function makeProgressiveMp4(options: ProgressiveMp4Options): Promise<string> {
  const playlists = [options.videoPlaylist, options.audioPlaylist].filter((p): p is string => !!p);
  if (playlists.length === 0) throw new Error('makeProgressiveMp4 needs a video or an audio playlist');
  await mkdir(dirname(options.output), { recursive: true });
  await runFfmpeg(
    [
      ...FFMPEG_BASE_ARGS,
      ...playlists.flatMap((playlist) => localInputArgs(playlist, 'hls')),
      ...playlists.flatMap((_, i) => ['-map', `${i}`]),
      '-c',
      'copy',
      '-map_metadata',
      '-1',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      options.output,
    ],
    { signal: options.signal },
  );
  return options.output;
}
