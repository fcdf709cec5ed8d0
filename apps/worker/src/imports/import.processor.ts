import { Logger } from '@nestjs/common';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { ImportJob, QueueName } from '@clipstream/core';
import { QueueProcessor } from '../queue/queue-processor.decorator';
import { describeFailure } from '../downloads/download-failure';
import { ImportOutcome, ImportRunner } from './import-runner';

/** The `import` queue: retried for network trouble only, like a download (see DownloadProcessor). */
@QueueProcessor(QueueName.import)
export class ImportProcessor extends WorkerHost {
  private readonly logger = new Logger(ImportProcessor.name);

  constructor(private readonly runner: ImportRunner) {
    super();
  }

  async process(job: Job<ImportJob>): Promise<ImportOutcome> {
    try {
      return await this.runner.run(job.data);
    } catch (error) {
      const failure = describeFailure(error);
      if (!failure.retryable) throw new UnrecoverableError(failure.message);
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<ImportJob> | undefined, error: Error): Promise<void> {
    try {
      if (!job || (await job.getState()) !== 'failed') return;
      await this.runner.fail(job.data.videoId, describeFailure(error).message);
    } catch (err) {
      this.logger.error({ err, jobId: job?.id }, 'could not record a failed import');
    }
  }
}
