import { Logger } from '@nestjs/common';
import { ConfigError, ServiceUnreachableError, loadConfig } from '@clipstream/core';
import { WorkerRunner } from './queue/worker-runner';
import { createWorkerApp } from './worker-app';

async function main(): Promise<void> {
  const app = await createWorkerApp(loadConfig());
  // SIGTERM/SIGINT: let active jobs finish (or hand them back after the grace period), then exit
  app.enableShutdownHooks();
  new Logger('Worker').log({ queues: app.get(WorkerRunner).concurrency() }, 'worker ready');
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof ServiceUnreachableError;
  const message = known ? error.message : ((error as Error).stack ?? String(error));
  process.stderr.write(`clipstream worker cannot start: ${message}\n`);
  process.exit(1);
});
