import { Global, Module } from '@nestjs/common';
import { UserNotifier } from './user-notifier';

@Global()
@Module({ providers: [UserNotifier], exports: [UserNotifier] })
export class NotificationsModule {}
