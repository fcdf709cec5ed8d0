/** A stretch of a video, in seconds. */
export interface ClipRange {
  start: number;
  end: number;
}

export type ClipHandle = 'start' | 'end';

/** Shorter clips are not worth a trip through the pipeline. */
export const MIN_CLIP_SECONDS = 0.5;
/** The stretch the tool starts with. */
export const DEFAULT_CLIP_SECONDS = 30;

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** Millisecond precision: what the time fields show and the API is sent. */
function toMillis(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

export function initialRange(duration: number): ClipRange {
  return { start: 0, end: toMillis(Math.min(duration, DEFAULT_CLIP_SECONDS)) };
}

/**
 * Moves one end of the range to `time`, kept inside the video and at least MIN_CLIP_SECONDS away
 * from the other end (which never moves: dragging a handle into the other one stops it there).
 */
export function moveHandle(range: ClipRange, handle: ClipHandle, time: number, duration: number): ClipRange {
  const gap = Math.min(MIN_CLIP_SECONDS, duration);
  if (handle === 'start') return { ...range, start: toMillis(clamp(time, 0, range.end - gap)) };
  return { ...range, end: toMillis(clamp(time, range.start + gap, duration)) };
}
