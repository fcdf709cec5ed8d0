export interface FfmpegProgress {
  /** Seconds of output written so far. */
  outTime: number;
  /** Frames per second being encoded now (0 for audio-only runs). */
  fps: number;
  /** True on the final report. */
  done: boolean;
}

/**
 * Reads ffmpeg's `-progress pipe:1` output (key=value lines, a block per report ending with
 * `progress=continue|end`) and calls `onReport` once per block.
 */
export function createProgressParser(onReport: (progress: FfmpegProgress) => void): (line: string) => void {
  let outTime = 0;
  let fps = 0;
  return (line) => {
    const eq = line.indexOf('=');
    if (eq < 0) return;
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (key === 'out_time_us') {
      const us = Number(value);
      if (Number.isFinite(us) && us >= 0) outTime = us / 1e6;
    } else if (key === 'fps') {
      const n = Number(value);
      fps = Number.isFinite(n) ? n : 0;
    } else if (key === 'progress') {
      onReport({ outTime, fps, done: value === 'end' });
    }
  };
}

/** The flags that make ffmpeg write machine-readable progress to stdout twice a second. */
export const PROGRESS_ARGS = ['-progress', 'pipe:1', '-nostats', '-stats_period', '0.5'] as const;
