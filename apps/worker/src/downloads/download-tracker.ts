import type { EntityManager } from '@mikro-orm/postgresql';
import { Download } from '@clipstream/core';

export interface TrackedProgress {
  progress: number;
  etaSeconds: number | null;
  bytes: number;
}

/**
 * Keeps the row of a running download in step, once a second: the latest progress when there is some,
 * else a look at its status. Both only touch a row still `processing`, so a row the server cancelled
 * or deleted is noticed within a second and `onStopped` fires (once).
 */
export class DownloadTracker {
  private latest: TrackedProgress | null = null;
  private busy = false;
  private stopped = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly em: EntityManager,
    private readonly downloadId: string,
    private readonly onStopped: () => void,
    intervalMs = 1000,
  ) {
    this.timer = setInterval(() => void this.tick(), intervalMs);
  }

  report(progress: TrackedProgress): void {
    this.latest = progress;
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      const where = { id: this.downloadId, status: 'processing' as const };
      const progress = this.latest;
      this.latest = null;
      const running = progress
        ? (await this.em.nativeUpdate(Download, where, progress)) > 0
        : (await this.em.count(Download, where)) > 0;
      if (!running) {
        this.stopped = true;
        this.close();
        this.onStopped();
      }
    } catch {
      // the database is away for a moment: the next tick tries again
    } finally {
      this.busy = false;
    }
  }
}
