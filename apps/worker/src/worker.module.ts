import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig, ConfigModule, DatabaseModule } from '@clipstream/core';
import { CleanupModule } from './cleanup/cleanup.module';
import { DownloadsModule } from './downloads/downloads.module';
import { EventsModule } from './events/events.module';
import { FanoutModule } from './fanout/fanout.module';
import { ImportsModule } from './imports/imports.module';
import { NotificationsModule } from './notifications/notifications.module';
import { QueueModule } from './queue/queue.module';
import { StorageModule } from './storage/storage.module';
import { TranscodeModule } from './transcode/transcode.module';

export interface WorkerOptions {
  /** How long SIGTERM waits for active jobs before handing them back (default: SHUTDOWN_GRACE_SECONDS). */
  shutdownGraceMs?: number;
}

/** The worker process: queue processors and what they need; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(
    config: AppConfig,
    { shutdownGraceMs = config.SHUTDOWN_GRACE_SECONDS * 1000 }: WorkerOptions = {},
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (appConfig: AppConfig) => ({
            pinoHttp: { level: appConfig.LOG_LEVEL, name: 'clipstream-worker' },
          }),
        }),
        DatabaseModule.forRoot({ requestContext: false }),
        StorageModule,
        QueueModule.forRoot({ shutdownGraceMs }),
        EventsModule,
        NotificationsModule,
        FanoutModule,
        CleanupModule,
        DownloadsModule,
        ImportsModule,
        TranscodeModule,
      ],
    };
  }
}
