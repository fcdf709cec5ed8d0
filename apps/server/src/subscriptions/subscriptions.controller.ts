import { Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ChannelSummaryView, Page, SubscriptionStateView, VideoView } from '@clipstream/core';
import { Authenticated } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { PageQuery } from '../videos/dto/list-videos.query';
import { SubscriptionsService } from './subscriptions.service';

@ApiTags('subscriptions')
@Controller()
@Authenticated()
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Put('channels/:username/subscription')
  subscribe(
    @CurrentUser() caller: RequestUser,
    @Param('username') username: string,
  ): Promise<SubscriptionStateView> {
    return this.subscriptions.subscribe(caller, username);
  }

  @Delete('channels/:username/subscription')
  unsubscribe(
    @CurrentUser() caller: RequestUser,
    @Param('username') username: string,
  ): Promise<SubscriptionStateView> {
    return this.subscriptions.unsubscribe(caller, username);
  }

  /** The channels I follow. */
  @Get('subscriptions')
  following(
    @CurrentUser() caller: RequestUser,
    @Query() query: PageQuery,
  ): Promise<Page<ChannelSummaryView>> {
    return this.subscriptions.following(caller, query.page, query.pageSize);
  }

  /** New videos from the channels I follow, newest first. */
  @Get('feed/subscriptions')
  feed(@CurrentUser() caller: RequestUser, @Query() query: PageQuery): Promise<Page<VideoView>> {
    return this.subscriptions.feed(caller, query.page, query.pageSize);
  }
}
