import { Injectable } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { QueueName } from '@clipstream/core';
import { JobQueues } from '../queues/job-queues';

/** As the worker queues them (apps/worker/src/fanout/notify-jobs.ts). */
const NOTIFY_JOB: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 3600 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Queues the `video.published` fan-out of a video (the worker tells its channel's subscribers, a batch
 * at a time). Safe to call more than once: the job announces a video only once, and only while it is
 * ready, public and not hidden.
 */
@Injectable()
export class VideoAnnouncements {
  constructor(private readonly jobs: JobQueues) {}

  async announce(videoId: string): Promise<void> {
    await this.jobs.add(QueueName.notify, { kind: 'video.published', videoId }, NOTIFY_JOB);
  }
}
