import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ChannelView, Page, VideoView } from '@clipstream/core';
import { OptionalJwtAuthGuard } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { PageQuery } from '../videos/dto/list-videos.query';
import { ChannelsService } from './channels.service';

@ApiTags('channels')
@Controller('channels')
@UseGuards(OptionalJwtAuthGuard)
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  @Get(':username')
  channel(@Param('username') username: string, @CurrentUser() viewer?: RequestUser): Promise<ChannelView> {
    return this.channels.channel(username, viewer);
  }

  @Get(':username/videos')
  videos(
    @Param('username') username: string,
    @Query() query: PageQuery,
    @CurrentUser() viewer?: RequestUser,
  ): Promise<Page<VideoView>> {
    return this.channels.videos(username, viewer, query.page, query.pageSize);
  }
}
