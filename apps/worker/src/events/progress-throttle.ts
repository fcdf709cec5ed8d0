/**
 * Keeps progress events of one job to a few per second: an update passes when `minIntervalMs` went by
 * since the last one that passed, and a final state (completed, failed, …) always passes.
 * Create one per job.
 */
export class ProgressThrottle {
  private lastPassedAt: number | null = null;

  constructor(
    private readonly minIntervalMs = 250,
    private readonly now: () => number = Date.now,
  ) {}

  shouldSend(final = false): boolean {
    const now = this.now();
    if (!final && this.lastPassedAt !== null && now - this.lastPassedAt < this.minIntervalMs) return false;
    this.lastPassedAt = now;
    return true;
  }
}
