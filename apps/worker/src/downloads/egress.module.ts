import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@clipstream/core';
import { EgressGuard, YtDlp } from '@clipstream/media';

/** The worker's egress guard: every connection yt-dlp and ffmpeg make for a download or an import. */
export const EGRESS_GUARD = Symbol('EGRESS_GUARD');

@Injectable()
class EgressGuardCloser implements OnApplicationShutdown {
  constructor(@Inject(EGRESS_GUARD) private readonly guard: EgressGuard) {}

  async onApplicationShutdown(): Promise<void> {
    await this.guard.close();
  }
}

/** Started at boot, closed at shutdown (after the queue workers stopped, so no job is cut off). */
@Global()
@Module({
  providers: [
    {
      provide: EGRESS_GUARD,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const logger = new Logger('EgressGuard');
        return EgressGuard.start({
          allowlist: config.URL_ALLOWLIST,
          onRefused: (refusal) => logger.warn({ refusal }, 'egress refused'),
        });
      },
    },
    EgressGuardCloser,
    {
      provide: YtDlp,
      inject: [APP_CONFIG, EGRESS_GUARD],
      useFactory: (config: AppConfig, guard: EgressGuard) =>
        new YtDlp({ binaryPath: config.YTDLP_PATH, proxyUrl: guard.url, allowlist: config.URL_ALLOWLIST }),
    },
  ],
  exports: [EGRESS_GUARD, YtDlp],
})
export class EgressModule {}
