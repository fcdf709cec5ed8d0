import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A finished rendition as the master playlist (and the app's database) describe it. */
export interface HlsRendition {
  /** Folder name and quality, e.g. `720p` or `audio`. */
  name: string;
  /** Short side of the picture (720 for 1280×720 and 720×1280); 0 for the audio rendition. */
  quality: number;
  width: number;
  height: number;
  /** Media playlist relative to the master, e.g. `720p/index.m3u8`. */
  playlist: string;
  /** Peak bits per second including the audio it plays with (the master's BANDWIDTH). */
  bandwidth: number;
  averageBandwidth: number;
  /** RFC 6381 codecs including the audio's, e.g. `avc1.64001f,mp4a.40.2`. */
  codecs: string;
}

export const MASTER_PLAYLIST = 'master.m3u8';
const AUDIO_GROUP = 'audio';

/**
 * A master playlist listing only the given (finished) renditions, lowest first. Video variants share one
 * audio rendition through an EXT-X-MEDIA group; an audio-only source is a single audio variant.
 */
export function renderMasterPlaylist(
  renditions: readonly HlsRendition[],
  audio: HlsRendition | null,
): string {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:6', '#EXT-X-INDEPENDENT-SEGMENTS'];
  const video = [...renditions].sort((a, b) => a.bandwidth - b.bandwidth);
  if (video.length === 0) {
    if (!audio) throw new Error('a master playlist needs at least one rendition');
    lines.push(streamInf(audio), audio.playlist);
    return lines.join('\n') + '\n';
  }
  if (audio) {
    lines.push(
      `#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="${AUDIO_GROUP}",NAME="Audio",DEFAULT=YES,AUTOSELECT=YES,URI="${audio.playlist}"`,
    );
  }
  for (const rendition of video) {
    const attributes = [
      `RESOLUTION=${rendition.width}x${rendition.height}`,
      ...(audio ? [`AUDIO="${AUDIO_GROUP}"`] : []),
    ];
    lines.push(streamInf(rendition, attributes), rendition.playlist);
  }
  return lines.join('\n') + '\n';
}

function streamInf(rendition: HlsRendition, extra: string[] = []): string {
  const attributes = [
    `BANDWIDTH=${rendition.bandwidth}`,
    `AVERAGE-BANDWIDTH=${rendition.averageBandwidth}`,
    `CODECS="${rendition.codecs}"`,
    ...extra,
  ];
  return `#EXT-X-STREAM-INF:${attributes.join(',')}`;
}

/**
 * Writes `master.m3u8` in the HLS folder atomically (a reader never sees half a playlist), so it can be
 * rewritten while players use it: first with the early rendition, then with the whole ladder.
 */
export async function writeMasterPlaylist(
  outputDir: string,
  renditions: readonly HlsRendition[],
  audio: HlsRendition | null,
): Promise<string> {
  const path = join(outputDir, MASTER_PLAYLIST);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, renderMasterPlaylist(renditions, audio));
  await rename(temporary, path);
  return path;
}
