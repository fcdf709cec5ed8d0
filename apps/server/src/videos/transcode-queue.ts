import { Injectable } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { QueueName } from '@clipstream/core';
import { JobQueues } from '../queues/job-queues';

/**
 * Transient failures (a worker killed, a full disk) are retried with growing pauses; the worker fails a
 * job for good (UnrecoverableError) when the file is not a video.
 */
const TRANSCODE_JOB: JobsOptions = {
  attempts: 4,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

@Injectable()
export class TranscodeQueue {
  constructor(private readonly jobs: JobQueues) {}

  async enqueue(videoId: string): Promise<void> {
    await this.jobs.add(QueueName.transcode, { videoId }, TRANSCODE_JOB);
  }
}
