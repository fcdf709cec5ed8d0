import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { NotificationType, recordNotification, SocketEvents } from '@clipstream/core';
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
    const event = await recordNotification(this.orm.em.fork(), userId, type, data);
    if (event) this.events.toUser(userId, SocketEvents.notification, event);
  }
}
