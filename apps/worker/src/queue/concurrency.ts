import { AppConfig, QueueName } from '@clipstream/core';

/** How many jobs of each queue one worker process runs at the same time. */
export function concurrencyByQueue(config: AppConfig): Record<QueueName, number> {
  return {
    transcode: config.CONCURRENCY_TRANSCODE,
    download: config.CONCURRENCY_DOWNLOAD,
    import: config.CONCURRENCY_IMPORT,
    notify: config.CONCURRENCY_NOTIFY,
    cleanup: config.CONCURRENCY_CLEANUP,
  };
}
