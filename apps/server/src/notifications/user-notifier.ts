import { Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Notification, NotificationType, SocketEvents, User } from '@clipstream/core';
import { SocketEmitter } from '../realtime/socket-emitter';
import { toNotificationEvent } from './notification-view';

/**
 * The server's twin of the worker's UserNotifier: the Notification row first (read from the API by whoever
 * was offline), then the live `notification` event. Types the person muted are not sent at all.
 */
@Injectable()
export class UserNotifier {
  private readonly logger = new Logger(UserNotifier.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly sockets: SocketEmitter,
  ) {}

  /** Never throws: what the actor did is done, and a notice that could not be sent must not undo it. */
  async notify(userId: string, type: NotificationType, data: Record<string, unknown>): Promise<void> {
    try {
      const em = this.orm.em.fork();
      const user = await em.findOne(User, { id: userId }, { fields: ['mutedNotificationTypes'] });
      if (!user || user.mutedNotificationTypes.includes(type)) return;
      const notification = em.create(Notification, { user: userId, type, data });
      await em.flush();
      this.sockets.toUser(userId, SocketEvents.notification, toNotificationEvent(notification));
    } catch (err) {
      this.logger.error({ err, userId, type }, 'could not notify');
    }
  }
}
