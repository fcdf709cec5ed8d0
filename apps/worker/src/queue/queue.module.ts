import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { ALL_QUEUES, APP_CONFIG, AppConfig, RedisKeys, redisOptions } from '@clipstream/core';
import { assertRedisReachable } from '../boot/assert-redis-reachable';
import { SHUTDOWN_GRACE_MS, WorkerRunner } from './worker-runner';

/** Every queue is registered, so any processor can @InjectQueue() the next step of its work. */
const queues = BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name })));

@Global()
@Module({})
export class QueueModule {
  static forRoot(options: { shutdownGraceMs: number }): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            await assertRedisReachable(config.REDIS_URL);
            return {
              connection: redisOptions(config.REDIS_URL),
              prefix: RedisKeys.bull(config.REDIS_PREFIX),
            };
          },
        }),
        queues,
      ],
      providers: [WorkerRunner, { provide: SHUTDOWN_GRACE_MS, useValue: options.shutdownGraceMs }],
      exports: [queues, WorkerRunner],
    };
  }
}
