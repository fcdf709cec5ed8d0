import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface RenditionStats {
  /** Bits per second of the fullest segment (what BANDWIDTH must cover). */
  peakBitrate: number;
  /** Bits per second over the whole rendition (AVERAGE-BANDWIDTH). */
  averageBitrate: number;
  /** Absolute path of the first segment. */
  firstSegment: string;
}

/**
 * Measures a finished media playlist from its segment files. Peaks come from the real segments rather
 * than the encoder settings because VBV lets a single segment run above maxrate. A short last segment
 * (a few frames led by a keyframe) would show an absurd rate, so segments under half the target length
 * count only when there is nothing else.
 */
export async function measureRendition(
  playlistPath: string,
  segmentSeconds: number,
): Promise<RenditionStats> {
  const segments = parseMediaPlaylist(await readFile(playlistPath, 'utf8'));
  if (segments.length === 0) throw new Error(`no segments in ${playlistPath}`);
  const dir = dirname(playlistPath);
  const measured = await Promise.all(
    segments.map(async ({ uri, duration }) => ({ duration, bits: (await stat(join(dir, uri))).size * 8 })),
  );
  const full = measured.filter((s) => s.duration >= segmentSeconds / 2);
  const forPeak = full.length ? full : measured;
  const totalBits = measured.reduce((sum, s) => sum + s.bits, 0);
  const totalSeconds = measured.reduce((sum, s) => sum + s.duration, 0);
  return {
    peakBitrate: Math.ceil(Math.max(...forPeak.map((s) => s.bits / Math.max(s.duration, 0.001)))),
    averageBitrate: Math.ceil(totalBits / Math.max(totalSeconds, 0.001)),
    firstSegment: join(dir, segments[0].uri),
  };
}

/** The `#EXTINF` durations and URIs of a media playlist. */
export function parseMediaPlaylist(text: string): { uri: string; duration: number }[] {
  const segments: { uri: string; duration: number }[] = [];
  let duration: number | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#EXTINF:')) duration = parseFloat(line.slice('#EXTINF:'.length));
    else if (line && !line.startsWith('#') && duration !== null) {
      segments.push({ uri: line, duration });
      duration = null;
    }
  }
  return segments;
}
