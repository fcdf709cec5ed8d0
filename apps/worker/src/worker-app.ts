import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, loadConfig } from '@clipstream/core';
import { WorkerModule, WorkerOptions } from './worker.module';

/**
 * Boots the worker: migrates the database, then starts every queue processor. Rejects when the
 * configuration is invalid (ConfigError) or Postgres / Redis do not answer (ServiceUnreachableError).
 */
export async function createWorkerApp(
  config: AppConfig = loadConfig(),
  options: WorkerOptions = {},
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options), {
    // start-up logs wait for the JSON logger; if start-up fails the caller reports the error itself
    bufferLogs: true,
    autoFlushLogs: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  return app;
}
