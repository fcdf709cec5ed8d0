import { Inject, Injectable, Logger, OnApplicationShutdown, Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@clipstream/core';
import { EgressGuard } from '@clipstream/media';

/** The server's one egress guard: the only way out for `yt-dlp -J` and the ffprobe that completes it. */
export const EGRESS_GUARD = Symbol('EGRESS_GUARD');

export const egressGuardProvider: Provider = {
  provide: EGRESS_GUARD,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    const logger = new Logger('EgressGuard');
    return EgressGuard.start({
      allowlist: config.URL_ALLOWLIST,
      onRefused: (refusal) => logger.warn({ refusal }, 'egress refused'),
    });
  },
};

@Injectable()
export class EgressGuardCloser implements OnApplicationShutdown {
  constructor(@Inject(EGRESS_GUARD) private readonly guard: EgressGuard) {}

  async onApplicationShutdown(): Promise<void> {
    await this.guard.close();
  }
}
