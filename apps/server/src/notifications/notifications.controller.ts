import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { NotificationPage, NotificationSettingsView } from '@clipstream/core';
import { Authenticated } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { ListNotificationsQuery } from './dto/list-notifications.query';
import { MarkReadDto } from './dto/mark-read.dto';
import { NotificationSettingsDto } from './dto/notification-settings.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller()
@Authenticated()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Newest first, with the unread count for the bell. */
  @Get('notifications')
  list(
    @CurrentUser() caller: RequestUser,
    @Query() query: ListNotificationsQuery,
  ): Promise<NotificationPage> {
    return this.notifications.list(caller.id, {
      unreadOnly: query.unread ?? false,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  @Post('notifications/read')
  @HttpCode(200)
  markRead(@CurrentUser() caller: RequestUser, @Body() body: MarkReadDto): Promise<{ unread: number }> {
    return this.notifications.markRead(caller.id, body.ids);
  }

  @Get('me/notification-settings')
  settings(@CurrentUser() caller: RequestUser): Promise<NotificationSettingsView> {
    return this.notifications.settings(caller.id);
  }

  @Put('me/notification-settings')
  updateSettings(
    @CurrentUser() caller: RequestUser,
    @Body() body: NotificationSettingsDto,
  ): Promise<NotificationSettingsView> {
    return this.notifications.updateSettings(caller.id, body.muted);
  }
}
