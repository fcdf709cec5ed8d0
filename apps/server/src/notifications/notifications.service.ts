import { Injectable } from '@nestjs/common';
import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  Notification,
  NotificationPage,
  NotificationSettingsView,
  NotificationType,
  NOTIFICATION_TYPES,
  User,
} from '@clipstream/core';
import { toNotificationView } from './notification-view';

export interface NotificationListQuery {
  unreadOnly: boolean;
  page: number;
  pageSize: number;
}

/** A person's notifications: the list with its unread count, marking read, and which types they mute. */
@Injectable()
export class NotificationsService {
  constructor(private readonly em: EntityManager) {}

  async list(userId: string, query: NotificationListQuery): Promise<NotificationPage> {
    const where: FilterQuery<Notification> = query.unreadOnly
      ? { user: userId, readAt: null }
      : { user: userId };
    const [rows, total] = await this.em.findAndCount(Notification, where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const unread = query.unreadOnly ? total : await this.unread(userId);
    return { items: rows.map(toNotificationView), total, unread };
  }

  /** Marks these (or, without ids, all) of the person's notifications read; ids of others are ignored. */
  async markRead(userId: string, ids?: string[]): Promise<{ unread: number }> {
    const where: FilterQuery<Notification> = { user: userId, readAt: null };
    if (ids) where.id = { $in: ids };
    await this.em.nativeUpdate(Notification, where, { readAt: new Date() });
    return { unread: await this.unread(userId) };
  }

  async settings(userId: string): Promise<NotificationSettingsView> {
    const user = await this.em.findOneOrFail(User, { id: userId }, { fields: ['mutedNotificationTypes'] });
    return { muted: user.mutedNotificationTypes };
  }

  async updateSettings(userId: string, muted: NotificationType[]): Promise<NotificationSettingsView> {
    // stored in the order of the contract's list, without duplicates
    const stored = NOTIFICATION_TYPES.filter((type) => muted.includes(type));
    await this.em.nativeUpdate(User, { id: userId }, { mutedNotificationTypes: stored });
    return { muted: stored };
  }

  private unread(userId: string): Promise<number> {
    return this.em.count(Notification, { user: userId, readAt: null });
  }
}
