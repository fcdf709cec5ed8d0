import { Notification, NotificationView, toNotificationEvent } from '@clipstream/core';

export function toNotificationView(notification: Notification): NotificationView {
  return { ...toNotificationEvent(notification), readAt: notification.readAt?.toISOString() ?? null };
}
