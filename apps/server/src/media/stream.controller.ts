import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Storage } from '@clipstream/core';
import { OptionalJwtAuthGuard } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { VideoIdPipe } from '../videos/video-id.pipe';
import { cacheControlFor, mediaTypeOf } from './media-types';
import { ProgressiveStreams } from './progressive-stream';
import { sendStoredFile } from './send-stored-file';

@ApiTags('videos')
@Controller('videos')
export class StreamController {
  constructor(
    private readonly streams: ProgressiveStreams,
    private readonly storage: Storage,
  ) {}

  /** Progressive MP4 with byte ranges (206 / 416), e.g. `/api/videos/{id}/stream/720p`. */
  @Get(':id/stream/:quality')
  @UseGuards(OptionalJwtAuthGuard)
  @ApiQuery({ name: 'token', required: false, description: 'the signed media token of a private video' })
  async stream(
    @Param('id', VideoIdPipe) id: string,
    @Param('quality') quality: string,
    @Query('token') token: string | undefined,
    @CurrentUser() viewer: RequestUser | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.streams.resolve(id, quality, viewer, token);
    const type = mediaTypeOf(file.key)!;
    await sendStoredFile(request, reply, this.storage, file.key, {
      contentType: type.contentType,
      cacheControl: cacheControlFor(type, file.restricted),
    });
  }
}
