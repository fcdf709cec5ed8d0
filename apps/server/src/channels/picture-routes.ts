import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { isUUID } from 'class-validator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Storage } from '@clipstream/core';
import { cacheControlFor, mediaTypeOf } from '../media/media-types';
import { sendStoredFile } from '../media/send-stored-file';
import { PICTURE_FILE, PICTURE_VERSION, pictureFolder, PictureKind } from './channel-pictures';

interface PictureParams {
  area: string;
  userId: string;
  version: string;
  file: string;
}

const KIND_OF_AREA: Record<string, PictureKind> = { avatars: 'avatar', banners: 'banner' };

/**
 * `/media/images/{avatars|banners}/{userId}/{version}/{file}`: avatars and banners are public, and a
 * new upload gets new URLs, so they are cached for good. (Behind nginx, it serves these itself.)
 */
@Injectable()
export class PictureRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly storage: Storage,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.get('/media/images/:area/:userId/:version/:file', (request, reply) =>
      this.serve(request as FastifyRequest<{ Params: PictureParams }>, reply),
    );
  }

  private async serve(request: FastifyRequest<{ Params: PictureParams }>, reply: FastifyReply) {
    const { area, userId, version, file } = request.params;
    const kind = KIND_OF_AREA[area];
    const type = mediaTypeOf(file);
    const valid =
      kind &&
      type &&
      isUUID(userId) &&
      PICTURE_VERSION.test(version) &&
      PICTURE_FILE.test(file) &&
      file.startsWith(`${kind}-`);
    if (!valid)
      return reply.code(404).send({ statusCode: 404, message: 'No such picture', error: 'Not Found' });
    const key = `${pictureFolder(kind, userId.toLowerCase(), version)}/${file}`;
    return sendStoredFile(request, reply, this.storage, key, {
      contentType: type.contentType,
      cacheControl: cacheControlFor(type, false),
    });
  }
}
