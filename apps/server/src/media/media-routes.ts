import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Storage } from '@clipstream/core';
import { MediaAccess } from './media-access';
import { MediaFileCache } from './media-file-cache';
import { mediaFileKey } from './media-path';
import { cacheControlFor, mediaTypeOf } from './media-types';
import { sendStoredFile } from './send-stored-file';

interface MediaParams {
  token?: string;
  videoId: string;
  '*': string;
}

/**
 * `/media/videos/{videoId}/…` (open videos) and `/media/s/{token}/videos/{videoId}/…` (signed): the
 * files of a video under DATA_DIR. Plain Fastify routes, outside Nest's pipeline, as segments are
 * requested by the hundred per viewer. In production nginx serves these folders itself and asks
 * `/api/media/authorize` first.
 */
@Injectable()
export class MediaRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: MediaAccess,
    private readonly storage: Storage,
    private readonly cache: MediaFileCache,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const serve = (request: FastifyRequest<{ Params: MediaParams }>, reply: FastifyReply) =>
      this.serve(request, reply);
    fastify.get('/media/videos/:videoId/*', serve);
    fastify.get('/media/s/:token/videos/:videoId/*', serve);
  }

  private async serve(
    request: FastifyRequest<{ Params: MediaParams }>,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    const { videoId, token = null, '*': rest } = request.params;
    const key = mediaFileKey(videoId, rest);
    if (!key) return refuse(reply, 404, 'No such media file');
    const decision = await this.access.decide(videoId.toLowerCase(), token);
    if (decision === 'missing') return refuse(reply, 404, 'Video not found');
    if (decision === 'forbidden') {
      return refuse(
        reply,
        403,
        token
          ? 'This media link has expired or is not valid: reload the video page for a fresh one'
          : 'This video is private',
      );
    }
    const type = mediaTypeOf(key)!;
    return sendStoredFile(request, reply, this.storage, key, {
      contentType: type.contentType,
      cacheControl: cacheControlFor(type, token !== null),
      cache: this.cache,
    });
  }
}

function refuse(reply: FastifyReply, statusCode: 403 | 404, message: string): FastifyReply {
  const error = statusCode === 403 ? 'Forbidden' : 'Not Found';
  return reply.code(statusCode).header('Cache-Control', 'no-store').send({ statusCode, message, error });
}
