import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationType } from '../contract/enums';
import type { NotificationEvent } from '../contract/socket-events';
import { Notification } from '../entities/notification.entity';
import { User } from '../entities/user.entity';

/** The live `notification` event: what happened (`data`) under the row's id, type and time. */
export function toNotificationEvent(
  notification: Pick<Notification, 'id' | 'type' | 'data' | 'createdAt'>,
): NotificationEvent {
  return {
    ...notification.data,
    id: notification.id,
    type: notification.type,
    createdAt: notification.createdAt.toISOString(),
  };
}

/**
 * Rows first: writes the Notification a person reads later from the API, and returns the event to send
 * live — or null when they muted that type (or no longer exist), in which case nothing is written.
 * Server and worker each send the event through their own Socket.IO path.
 */
export async function recordNotification(
  em: EntityManager,
  userId: string,
  type: NotificationType,
  data: Record<string, unknown>,
): Promise<NotificationEvent | null> {
  const user = await em.findOne(User, { id: userId }, { fields: ['mutedNotificationTypes'] });
  if (!user || user.mutedNotificationTypes.includes(type)) return null;
  const notification = em.create(Notification, { user: userId, type, data });
  await em.flush();
  return toNotificationEvent(notification);
}
