import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { AppConfig, CleanupJob, InjectConfig, QueueName } from '@clipstream/core';

/** Finished cleanup runs kept for inspection; older ones are dropped. */
const KEEP_RUNS = 50;

/**
 * Makes sure the repeatable cleanup job exists. Upserting is idempotent, so every worker process may do
 * it at start; BullMQ still creates one job per interval for all of them together.
 */
@Injectable()
export class CleanupScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.cleanup) private readonly queue: Queue<CleanupJob>,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      QueueName.cleanup,
      { every: this.config.CLEANUP_EVERY_SECONDS * 1000 },
      { name: QueueName.cleanup, data: {}, opts: { removeOnComplete: KEEP_RUNS, removeOnFail: KEEP_RUNS } },
    );
  }
}
