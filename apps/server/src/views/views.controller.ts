import { Controller, Headers, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { ViewCountView } from '@clipstream/core';
import { OptionalJwtAuthGuard } from '../auth/guards';
import { clientIp } from '../common/client-ip';
import { CurrentUser, RequestUser } from '../common/request-user';
import { VideoIdPipe } from '../videos/video-id.pipe';
import { ViewsService } from './views.service';

@ApiTags('videos')
@Controller('videos/:id/views')
export class ViewsController {
  constructor(private readonly views: ViewsService) {}

  /** Called by the player when playback starts; counted once per viewer per 6 hours. */
  @Post()
  @HttpCode(200)
  @UseGuards(OptionalJwtAuthGuard)
  record(
    @Param('id', VideoIdPipe) id: string,
    @Req() request: FastifyRequest,
    @Headers('user-agent') userAgent: string | undefined,
    @CurrentUser() viewer?: RequestUser,
  ): Promise<ViewCountView> {
    return this.views.record(id, viewer, { ip: clientIp(request), userAgent: userAgent ?? '' });
  }
}
