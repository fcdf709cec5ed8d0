interface Sample {
  at: number;
  bytes: number;
}

/** Speed is measured over the last few seconds, so a stall shows up quickly and a burst does not linger. */
const WINDOW_MS = 5000;
/** Below this much history a speed would be noise. */
const MIN_SPAN_MS = 500;

/** The speed of a transfer from its progress reports, and the time left at that speed. */
export class TransferRate {
  private samples: Sample[] = [];

  add(bytes: number, at: number): void {
    this.samples.push({ at, bytes });
    while (this.samples.length > 2 && at - this.samples[1].at >= WINDOW_MS) this.samples.shift();
  }

  /** Forget the history, e.g. after a pause, whose idle time is no part of the speed. */
  reset(): void {
    this.samples = [];
  }

  /** Bytes per second, or null until there is enough history to tell. */
  bytesPerSecond(): number | null {
    if (this.samples.length < 2) return null;
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    const span = last.at - first.at;
    if (span < MIN_SPAN_MS) return null;
    return Math.max(0, ((last.bytes - first.bytes) * 1000) / span);
  }

  /** Seconds until `total` at the current speed; null when unknown (no speed yet, or stalled). */
  secondsLeft(total: number): number | null {
    const rate = this.bytesPerSecond();
    if (!rate) return null;
    const sent = this.samples[this.samples.length - 1].bytes;
    return Math.max(0, (total - sent) / rate);
  }
}
