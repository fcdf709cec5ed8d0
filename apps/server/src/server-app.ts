import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig, loadConfig } from '@clipstream/core';
import { AppModule } from './app.module';
import { proxyTrust } from './common/client-ip';
import { createValidationPipe } from './common/validation.pipe';
import { MetricsService } from './metrics/metrics.service';
import { RedisIoAdapter } from './realtime/redis-io.adapter';
import { registerSecurityHeaders } from './security/security-headers';
import { registerUploadParsers } from './uploads/upload-parsers';
import { serveWebApps } from './web/web-apps';

export interface ServerApp {
  app: NestFastifyApplication;
  config: AppConfig;
}

/** Builds the whole HTTP + Socket.IO server (not yet listening). Tests pass their own environment. */
export async function createServerApp(env: NodeJS.ProcessEnv = process.env): Promise<ServerApp> {
  const config = loadConfig(env);
  const adapter = new FastifyAdapter({ trustProxy: proxyTrust(config.TRUST_PROXY), bodyLimit: 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    autoFlushLogs: false,
    // start-up errors reach the caller, which reports them in one line instead of Nest's stack dump
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.useGlobalPipes(createValidationPipe());
  app.useWebSocketAdapter(new RedisIoAdapter(app, config));
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  await registerSecurityHeaders(fastify);
  await registerUploadParsers(fastify, config);
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });

  const openApi = new DocumentBuilder()
    .setTitle('Clipstream API')
    .setDescription(
      'Videos, segment downloads, channels, comments and moderation. Errors are { statusCode, message }.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });

  await serveWebApps(fastify, config);
  return { app, config };
}
