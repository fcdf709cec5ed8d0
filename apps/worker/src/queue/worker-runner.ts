import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import type { Worker } from 'bullmq';
import { AppConfig, InjectConfig, QueueName } from '@clipstream/core';
import { closeGracefully } from './close-gracefully';
import { concurrencyByQueue } from './concurrency';

/** How long a stopping worker waits for its active jobs before handing them back. */
export const SHUTDOWN_GRACE_MS = Symbol('SHUTDOWN_GRACE_MS');

/**
 * Starts every queue processor of the application (any provider extending WorkerHost) with its configured
 * concurrency, and stops them on shutdown before the database and Redis connections close.
 */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerRunner.name);
  private workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(SHUTDOWN_GRACE_MS) private readonly graceMs: number,
  ) {}

  onApplicationBootstrap(): void {
    const concurrency = concurrencyByQueue(this.config);
    this.workers = this.discovery
      .getProviders()
      .map(({ instance }) => instance)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .map((host) => host.worker);
    for (const worker of this.workers) {
      worker.concurrency = concurrency[worker.name as QueueName] ?? worker.concurrency;
      worker.on('failed', (job, err) =>
        this.logger.warn(
          { queue: worker.name, jobId: job?.id, attempt: job?.attemptsMade, err },
          'job failed',
        ),
      );
      worker.on('error', (err) => this.logger.error({ queue: worker.name, err }, 'worker error'));
      if (!worker.isRunning()) {
        worker.run().catch((err) => this.logger.error({ queue: worker.name, err }, 'worker stopped'));
      }
    }
  }

  /** Queue name → how many of its jobs this process runs at once. */
  concurrency(): Record<string, number> {
    return Object.fromEntries(this.workers.map((worker) => [worker.name, worker.concurrency]));
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const outcomes = await Promise.all(this.workers.map((worker) => closeGracefully(worker, this.graceMs)));
    const handedBack = this.workers
      .filter((_, index) => outcomes[index] === 'forced')
      .map(({ name }) => name);
    if (handedBack.length) {
      this.logger.warn(
        { signal, queues: handedBack, graceMs: this.graceMs },
        'jobs still running were handed back',
      );
    }
    this.logger.log({ signal }, 'workers stopped');
  }
}
