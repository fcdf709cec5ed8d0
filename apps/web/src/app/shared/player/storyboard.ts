import { parseTimecode } from '../format/timecode';

/** One tile of the storyboard sprite and the stretch of the video it stands for. */
export interface StoryboardCue {
  start: number;
  end: number;
  /** The sprite image, absolute. */
  url: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const TIMING = /^\s*(\S+)\s+-->\s+(\S+)/;
const XYWH = /#xywh=(\d+),(\d+),(\d+),(\d+)\s*$/;

/**
 * Reads a storyboard WebVTT track, whose cues name a region of a sprite: `sprite.jpg#xywh=x,y,w,h`.
 * Sprite paths are relative to the track's own URL. Cues that do not have that form are skipped.
 */
export function parseStoryboardVtt(text: string, trackUrl: string): StoryboardCue[] {
  const cues: StoryboardCue[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const timing = TIMING.exec(lines[i]);
    if (!timing) continue;
    const start = parseTimecode(timing[1]);
    const end = parseTimecode(timing[2]);
    const payload = lines[i + 1]?.trim() ?? '';
    const region = XYWH.exec(payload);
    if (start === null || end === null || !region) continue;
    const [x, y, width, height] = region.slice(1).map(Number);
    const url = new URL(payload.slice(0, region.index), trackUrl).href;
    cues.push({ start, end, url, x, y, width, height });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** The cue shown at `time` (the last one that has begun), or null before the first. */
export function cueAt(cues: readonly StoryboardCue[], time: number): StoryboardCue | null {
  let low = 0;
  let high = cues.length - 1;
  let found: StoryboardCue | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (cues[middle].start <= time) {
      found = cues[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
