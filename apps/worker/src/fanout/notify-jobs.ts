import type { JobsOptions } from 'bullmq';

/** Subscribers walked per job: a channel of a few thousand is told by one job, a larger one by several. */
export const FANOUT_BATCH_SIZE = 5000;

/**
 * Subscribers per chunk of a job: one statement walks them and writes their rows, then one Redis message
 * carries their events, so the first people hear of it while the rows of the next chunk are being written.
 * Fewer, larger chunks cost fewer statements and let the server write in longer bursts; smaller ones start
 * the delivery sooner. In alternating bench/fanout runs at 2,000 followers, 500 gave p99 90–97 ms against
 * 92–99 ms for 250.
 */
export const FANOUT_CHUNK_SIZE = 500;

/**
 * Retried with growing pauses. Finished jobs are kept an hour: a batch queued twice (its predecessor
 * retried) has the same job id, and BullMQ drops the copy while the first is still known.
 */
export const NOTIFY_JOB: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 3600 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export function nextBatchJobId(videoId: string, afterSubscriptionId: string): string {
  return `video-published-${videoId}-after-${afterSubscriptionId}`;
}
