import { Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { NotificationType, recordNotification, SocketEvents } from '@clipstream/core';
import { SocketEmitter } from '../realtime/socket-emitter';

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
      const event = await recordNotification(this.orm.em.fork(), userId, type, data);
      if (event) this.sockets.toUser(userId, SocketEvents.notification, event);
    } catch (err) {
      this.logger.error({ err, userId, type }, 'could not notify');
    }
  }
}
