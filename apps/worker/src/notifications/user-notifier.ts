import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Notification, NotificationType, SocketEvents, User } from '@clipstream/core';
import { EventPublisher } from '../events/event-publisher';

/**
 * Tells a person something happened: the Notification row first (read from the API when they were
 * offline), then the live `notification` event. Types the person muted are not sent at all.
 */
@Injectable()
export class UserNotifier {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventPublisher,
  ) {}

  async notify(userId: string, type: NotificationType, data: Record<string, unknown>): Promise<void> {
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { id: userId }, { fields: ['mutedNotificationTypes'] });
    if (!user || user.mutedNotificationTypes.includes(type)) return;
    const notification = em.create(Notification, { user: userId, type, data });
    await em.flush();
    this.events.toUser(userId, SocketEvents.notification, {
      id: notification.id,
      type,
      createdAt: notification.createdAt.toISOString(),
      ...data,
    });
  }
}
