import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { NotifyJob, QueueName } from '@clipstream/core';
import { QueueProcessor } from '../queue/queue-processor.decorator';
import { FanoutOutcome, PublishedVideoFanout } from './published-video-fanout';

/** The `notify` queue: fan-outs to a channel's subscribers, a batch per job. */
@QueueProcessor(QueueName.notify)
export class FanoutProcessor extends WorkerHost {
  constructor(private readonly publishedVideo: PublishedVideoFanout) {
    super();
  }

  process(job: Job<NotifyJob>): Promise<FanoutOutcome> {
    // a job started before (it failed, or its worker died) may have told part of its batch already
    return this.publishedVideo.run(job.data, job.attemptsStarted > 1);
  }
}
