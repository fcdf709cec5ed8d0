import { TimecodeError } from './timecode-error';
import { parseTimecode } from './timecode';

export interface SegmentInput {
  start: number | string;
  end: number | string;
  /** The source's duration in seconds, when known (live or unprobed sources have none). */
  duration?: number | null;
  /** Longest segment allowed, in seconds. */
  maxLength?: number | null;
}

export interface SegmentBounds {
  start: number;
  end: number;
  length: number;
}

/** Parses and checks `0 ≤ start < end ≤ duration` and the length limit; each error names its field. */
export function validateSegment({ start, end, duration, maxLength }: SegmentInput): SegmentBounds {
  const from = parseTimecode(start, 'start');
  const to = parseTimecode(end, 'end');
  if (from >= to) throw new TimecodeError(`start must be before end (start ${from}, end ${to})`, 'start');
  if (duration != null && from >= duration) {
    throw new TimecodeError(`start ${from} is past the video's duration ${duration}`, 'start');
  }
  if (duration != null && to > duration) {
    throw new TimecodeError(`end ${to} is past the video's duration ${duration}`, 'end');
  }
  const length = Math.round((to - from) * 1000) / 1000;
  if (maxLength != null && length > maxLength) {
    throw new TimecodeError(`the segment lasts ${length} s, more than the maximum of ${maxLength} s`, 'end');
  }
  return { start: from, end: to, length };
}
