import { Injectable } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { DownloadJob, QueueName } from '@clipstream/core';
import type { HandedInspection } from '@clipstream/media';
import { JobQueues } from '../queues/job-queues';

/**
 * Network trouble is retried with backoff (the worker fails a job for good, with UnrecoverableError,
 * on anything a retry cannot cure); finished jobs are kept a while for the admin's job view.
 */
export const DOWNLOAD_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: 1000,
  removeOnFail: 1000,
};

/**
 * The job carries the inspection the request was checked against, cut down to the streams the download
 * reads: the worker uses it while it is fresh instead of asking yt-dlp (and the site) again.
 */
export interface DownloadJobData extends DownloadJob {
  source?: HandedInspection;
}

/**
 * A download has at most one job, whose id is the download's: a cancel withdraws a job still waiting
 * (or waiting to be retried), so no stale attempt can run beside the one a retry starts.
 */
@Injectable()
export class DownloadJobs {
  constructor(private readonly queues: JobQueues) {}

  async enqueue(downloadIds: readonly string[], source?: HandedInspection): Promise<void> {
    await this.queue().addBulk(
      downloadIds.map((downloadId) => ({
        name: QueueName.download,
        data: { downloadId, source } satisfies DownloadJobData,
        opts: { ...DOWNLOAD_JOB_OPTIONS, jobId: downloadId },
      })),
    );
  }

  /** Removes the download's job unless a worker holds it; true when no job is left. */
  async withdraw(downloadId: string): Promise<boolean> {
    const queue = this.queue();
    if (!(await queue.getJob(downloadId))) return true;
    return (await queue.remove(downloadId)) === 1;
  }

  private queue() {
    return this.queues.queue(QueueName.download);
  }
}
