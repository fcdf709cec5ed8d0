import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { UserNotifier } from './user-notifier';
import { VideoAnnouncements } from './video-announcements';
import { VideoPublicationWatcher } from './video-publication.watcher';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, UserNotifier, VideoAnnouncements, VideoPublicationWatcher],
  exports: [UserNotifier],
})
export class NotificationsModule {}
