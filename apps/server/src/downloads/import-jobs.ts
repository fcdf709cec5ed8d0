import { Injectable } from '@nestjs/common';
import { ImportJob, QueueName } from '@clipstream/core';
import { JobQueues } from '../queues/job-queues';
import { DOWNLOAD_JOB_OPTIONS } from './download-jobs';

/** An import is a download that ends in the video pipeline: same retries for network trouble. */
@Injectable()
export class ImportJobs {
  constructor(private readonly queues: JobQueues) {}

  async enqueue(job: ImportJob): Promise<void> {
    await this.queues.add(QueueName.import, job, DOWNLOAD_JOB_OPTIONS);
  }
}
