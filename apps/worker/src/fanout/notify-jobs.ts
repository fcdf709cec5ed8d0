import type { JobsOptions } from 'bullmq';

/** Subscribers told per job: one SELECT, one INSERT and this many events. */
export const FANOUT_BATCH_SIZE = 1000;

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
