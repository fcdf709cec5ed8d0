import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@clipstream/core';
import { EgressGuard, YtDlp } from '@clipstream/media';
import { EGRESS_GUARD } from './egress-guard.provider';

/** The yt-dlp adapter, wired to the egress guard and the configured binary and allow-list. */
export const ytDlpProvider: Provider = {
  provide: YtDlp,
  inject: [APP_CONFIG, EGRESS_GUARD],
  useFactory: (config: AppConfig, guard: EgressGuard) =>
    new YtDlp({ binaryPath: config.YTDLP_PATH, proxyUrl: guard.url, allowlist: config.URL_ALLOWLIST }),
};
