import { randomUUID } from 'node:crypto';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule, DatabaseModule } from '@clipstream/core';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { ChannelsModule } from './channels/channels.module';
import { CommentsModule } from './comments/comments.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { DownloadsModule } from './downloads/downloads.module';
import { HealthModule } from './health/health.module';
import { MediaModule } from './media/media.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PlaylistsModule } from './playlists/playlists.module';
import { QueuesModule } from './queues/queues.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { ReactionsModule } from './reactions/reactions.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RedisModule } from './redis/redis.module';
import { ReportsModule } from './reports/reports.module';
import { SearchModule } from './search/search.module';
import { SourcesModule } from './sources/sources.module';
import { StorageModule } from './storage/storage.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { UploadsModule } from './uploads/uploads.module';
import { VideosModule } from './videos/videos.module';
import { ViewsModule } from './views/views.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Nest 11's path syntax; nestjs-pino's default '*' is the legacy one
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (request, response) => {
              const id =
                (request.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
              response.setHeader('X-Request-Id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (request) => request.url === '/api/health' || request.url === '/metrics' },
          },
        }),
        DatabaseModule.forRoot({ requestContext: true }),
        RedisModule,
        QueuesModule,
        RateLimitModule,
        AuthModule,
        RealtimeModule,
        HealthModule,
        MetricsModule,
        AdminModule,
        StorageModule,
        MediaModule,
        VideosModule,
        UploadsModule,
        SourcesModule,
        DownloadsModule,
        ChannelsModule,
        CommentsModule,
        ReactionsModule,
        SubscriptionsModule,
        PlaylistsModule,
        ViewsModule,
        NotificationsModule,
        ReportsModule,
        SearchModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpExceptionFilter }],
    };
  }
}
