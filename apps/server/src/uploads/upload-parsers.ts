import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '@clipstream/core';

/** The most form fields an upload form may have (title, description, visibility, a few tags). */
const MAX_FIELDS = 40;

/**
 * Request bodies of the upload routes. Multipart files are streamed by the routes themselves (to storage,
 * never buffered); tus PATCH bodies are read by @tus/server from the raw request, so Fastify must leave
 * `application/offset+octet-stream` unread (as @tus/server documents for Fastify).
 */
export async function registerUploadParsers(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  await fastify.register(fastifyMultipart, {
    limits: {
      fileSize: config.UPLOAD_MAX_BYTES,
      files: 1,
      fields: MAX_FIELDS,
      parts: MAX_FIELDS + 1,
      fieldSize: 64 * 1024,
    },
  });
  fastify.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
}
