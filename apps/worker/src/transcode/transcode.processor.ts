import { Logger } from '@nestjs/common';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { QueueName, TranscodeJob } from '@clipstream/core';
import { MediaRejectedError } from '@clipstream/media';
import { QueueProcessor } from '../queue/queue-processor.decorator';
import { TranscodeOutcome, TranscodeRunner } from './transcode-runner';

const TRANSIENT_FAILURE = 'Processing failed several times for a reason on our side; try again later';

/**
 * The `transcode` queue. A file that is not a playable video fails at once with the reason
 * (UnrecoverableError); anything else is retried with the job's backoff, and a job whose worker died
 * is picked up again by BullMQ's stalled-job check and starts over from the original.
 */
@QueueProcessor(QueueName.transcode)
export class TranscodeProcessor extends WorkerHost {
  private readonly logger = new Logger(TranscodeProcessor.name);

  constructor(private readonly runner: TranscodeRunner) {
    super();
  }

  async process(job: Job<TranscodeJob>, _token?: string): Promise<TranscodeOutcome> {
    try {
      return await this.runner.run(job.data.videoId);
    } catch (error) {
      if (error instanceof MediaRejectedError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  /** Every failed attempt passes here; only the last one marks the video failed. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<TranscodeJob> | undefined, error: Error): Promise<void> {
    try {
      if (!job || (await job.getState()) !== 'failed') return;
      await this.runner.fail(
        job.data.videoId,
        error instanceof UnrecoverableError ? error.message : TRANSIENT_FAILURE,
      );
    } catch (err) {
      this.logger.error({ err, jobId: job?.id }, 'could not record a failed transcode');
    }
  }
}
