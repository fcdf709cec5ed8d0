import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { VideosModule } from '../videos/videos.module';
import { SubscriptionStore } from './subscription-store';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

@Module({
  imports: [NotificationsModule, VideosModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionsService, SubscriptionStore],
})
export class SubscriptionsModule {}
