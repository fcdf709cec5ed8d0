import type { Notification, NotificationEvent, NotificationView } from '@clipstream/core';

/** The live `notification` event: what happened (`data`) under the row's id, type and time. */
export function toNotificationEvent(notification: Notification): NotificationEvent {
  return {
    ...notification.data,
    id: notification.id,
    type: notification.type,
    createdAt: notification.createdAt.toISOString(),
  };
}

export function toNotificationView(notification: Notification): NotificationView {
  return { ...toNotificationEvent(notification), readAt: notification.readAt?.toISOString() ?? null };
}
