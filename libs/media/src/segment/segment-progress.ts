import { createProgressParser } from '../process/progress-parser';

export interface SegmentProgress {
  /** 0–100. */
  percent: number;
  /** Seconds left at the current pace, null until there is a pace. */
  etaSeconds: number | null;
  /** Bytes of the output written so far. */
  bytes: number;
}

const MIN_INTERVAL_MS = 250;

/**
 * A line handler for ffmpeg's `-progress pipe:1` that reports percent of the segment, ETA from the pace
 * so far (output seconds per wall-clock second) and bytes written, at most four times a second.
 */
export function segmentProgressReader(
  length: number,
  onProgress: (progress: SegmentProgress) => void,
  now: () => number = Date.now,
): (line: string) => void {
  const started = now();
  let bytes = 0;
  let lastReport = Number.NEGATIVE_INFINITY;
  const parse = createProgressParser(({ outTime, done }) => {
    const time = now();
    if (!done && time - lastReport < MIN_INTERVAL_MS) return;
    lastReport = time;
    const pace = outTime / Math.max(0.001, (time - started) / 1000);
    const remaining = Math.max(0, length - outTime);
    onProgress({
      percent: done ? 100 : Math.min(99.9, Math.round((outTime / length) * 1000) / 10),
      etaSeconds: done ? 0 : pace > 0 ? Math.ceil(remaining / pace) : null,
      bytes,
    });
  });
  return (line) => {
    // The parser knows times; the output size is ours to read (`total_size=` comes before `progress=`).
    const size = /^total_size=(\d+)$/.exec(line.trim());
    if (size) bytes = Number(size[1]);
    parse(line);
  };
}
