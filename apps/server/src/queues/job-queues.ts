import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import {
  ALL_QUEUES,
  AppConfig,
  InjectConfig,
  JobPayload,
  QueueName,
  RedisKeys,
  redisOptions,
} from '@clipstream/core';

export type JobCounts = Record<'waiting' | 'active' | 'completed' | 'failed' | 'delayed', number>;

/** The server's side of the queues: services only enqueue; the worker processes. */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: redisOptions(this.config.REDIS_URL),
        prefix: RedisKeys.bull(this.config.REDIS_PREFIX),
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  add<Q extends QueueName>(name: Q, payload: JobPayload<Q>, options?: JobsOptions) {
    return this.queue(name).add(name, payload, options);
  }

  async counts(): Promise<Record<QueueName, JobCounts>> {
    const entries = await Promise.all(
      ALL_QUEUES.map(
        async (name) =>
          [
            name,
            (await this.queue(name).getJobCounts(
              'waiting',
              'active',
              'completed',
              'failed',
              'delayed',
            )) as JobCounts,
          ] as const,
      ),
    );
    return Object.fromEntries(entries) as Record<QueueName, JobCounts>;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
