import type { NotificationType } from '../contract/enums';
import type { NotificationEvent } from '../contract/socket-events';
import { toNotificationEvent } from './record-notification';

/**
 * The server-side Socket.IO event that carries a fan-out's notifications from the worker to every server
 * node in one Redis message; each node sends the `notification` events to its own sockets.
 */
export const NOTIFICATION_BATCH_EVENT = 'notification.batch';

/** Notifications alike but for their row ids: the same type, data and time for many people. */
export interface NotificationBatch {
  type: NotificationType;
  data: Record<string, unknown>;
  createdAt: string;
  /** [userId, notification id] of each person told. */
  recipients: Array<[string, string]>;
}

/** The `notification` event of the batch's person whose row is `id`, as toNotificationEvent gives it. */
export function notificationOfBatch(batch: NotificationBatch, id: string): NotificationEvent {
  return toNotificationEvent({
    id,
    type: batch.type,
    data: batch.data,
    createdAt: new Date(batch.createdAt),
  });
}
