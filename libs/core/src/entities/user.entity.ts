import { Entity, Enum, Index, Opt, Property, Unique } from '@mikro-orm/core';
import { NotificationType, USER_ROLES, UserRole } from '../contract/enums';
import { BaseEntity } from './base.entity';

@Entity({ tableName: 'users' })
export class User extends BaseEntity {
  /** Stored lower-cased so that look-ups and uniqueness ignore case. */
  @Property({ type: 'string', length: 254 })
  @Unique()
  email: string;

  /** Stored lower-cased; the channel handle in URLs. */
  @Property({ type: 'string', length: 30 })
  @Unique()
  username: string;

  @Property({ type: 'string', length: 80 })
  displayName: string;

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash: string;

  @Enum({ items: () => USER_ROLES, type: 'string' })
  @Index()
  role: UserRole & Opt = 'user';

  @Property({ type: 'text' })
  bio: string & Opt = '';

  /** Storage key of the avatar image folder, when one was uploaded. */
  @Property({ type: 'string', nullable: true })
  avatarKey?: string | null;

  @Property({ type: 'string', nullable: true })
  bannerKey?: string | null;

  @Property({ type: 'boolean' })
  banned: boolean & Opt = false;

  @Property({ type: 'text', nullable: true })
  banReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  bannedAt?: Date | null;

  /** Bumped on ban or password change: tokens carrying an older version stop working. */
  @Property({ type: 'integer' })
  tokenVersion: number & Opt = 0;

  /** Bytes of originals this user has stored, checked against the upload quota. */
  @Property({ type: 'bigint', runtimeType: 'number' })
  storageUsed: number & Opt = 0;

  @Property({ type: 'integer' })
  subscriberCount: number & Opt = 0;

  /** Notification types this user does not want to receive. */
  @Property({ type: 'json' })
  mutedNotificationTypes: NotificationType[] & Opt = [];
}
