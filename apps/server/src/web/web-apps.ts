import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@clipstream/core';

const NOT_BUILT = (name: string) =>
  `<!doctype html><title>Clipstream</title><p>The ${name} app is not built yet: run <code>npm run build</code> (npm start does it for you).</p>`;

/** Paths that belong to the API side: an unknown one is a JSON 404, never the web app's index.html. */
const API_PATHS = /^\/(api|socket\.io|metrics|media)(\/|$)/;

/**
 * Serves the built web app at `/` and the admin panel at `/admin/`. Unknown paths fall back to the
 * app's index.html so deep links survive a reload; hashed assets are cached for a year.
 */
export async function serveWebApps(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  const apps = [
    { name: 'admin', root: config.ADMIN_DIST, prefix: '/admin/' },
    { name: 'web', root: config.WEB_DIST, prefix: '/' },
  ];
  let replyDecorated = false;
  for (const app of apps) {
    const built = existsSync(join(app.root, 'index.html'));
    if (built) {
      await fastify.register(fastifyStatic, {
        root: app.root,
        prefix: app.prefix,
        wildcard: false,
        // reply.sendFile may be added only once, by whichever app is registered first
        decorateReply: !replyDecorated,
        index: false,
        // @fastify/static 10 hands the Fastify reply to setHeaders
        setHeaders: (reply: FastifyReply, path: string) => {
          void reply.header(
            'Cache-Control',
            path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
          );
        },
      });
      replyDecorated = true;
    }
    const fallback = (request: FastifyRequest, reply: FastifyReply) => {
      if (API_PATHS.test(request.url)) {
        return reply.status(404).send({
          statusCode: 404,
          message: `Cannot ${request.method} ${request.url.split('?')[0]}`,
          error: 'Not Found',
        });
      }
      if (!built) return reply.status(503).type('text/html').send(NOT_BUILT(app.name));
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', app.root);
    };
    fastify.get(app.prefix, fallback);
    fastify.get(`${app.prefix}*`, fallback);
  }
  fastify.get('/admin', (_request, reply) => reply.redirect('/admin/'));
}
