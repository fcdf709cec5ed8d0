import { Logger } from '@nestjs/common';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { DownloadJob, QueueName } from '@clipstream/core';
import { QueueProcessor } from '../queue/queue-processor.decorator';
import { describeFailure } from './download-failure';
import type { HandedInspection } from '@clipstream/media';
import { DownloadOutcome, DownloadRunner } from './download-runner';

/** The server's DownloadJobData: the payload of libs/core plus the inspection it checked the request against. */
interface DownloadJobData extends DownloadJob {
  source?: HandedInspection;
}

/** What a job that stalled too often (its worker kept dying) leaves on the record. */
const STALLED_MESSAGE = 'The download was interrupted several times; try again';

/**
 * The `download` queue. Network trouble is thrown as is, so BullMQ retries it with the job's backoff;
 * anything else fails the job at once (UnrecoverableError). A job whose worker died is handed to
 * another one by BullMQ's stalled-job check, and the runner starts it over cleanly.
 */
@QueueProcessor(QueueName.download)
export class DownloadProcessor extends WorkerHost {
  private readonly logger = new Logger(DownloadProcessor.name);

  constructor(private readonly runner: DownloadRunner) {
    super();
  }

  async process(job: Job<DownloadJobData>): Promise<DownloadOutcome> {
    try {
      return await this.runner.run(job.data.downloadId, job.data.source);
    } catch (error) {
      const failure = describeFailure(error);
      if (!failure.retryable) throw new UnrecoverableError(failure.message);
      throw error;
    }
  }

  /** Every failed attempt passes here; only the last one marks the record failed. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<DownloadJob> | undefined, error: Error): Promise<void> {
    try {
      if (!job || (await job.getState()) !== 'failed') return;
      const message = /stalled/i.test(error.message) ? STALLED_MESSAGE : describeFailure(error).message;
      await this.runner.fail(
        job.data.downloadId,
        error instanceof UnrecoverableError ? error.message : message,
      );
    } catch (err) {
      this.logger.error({ err, jobId: job?.id }, 'could not record a failed download');
    }
  }
}
