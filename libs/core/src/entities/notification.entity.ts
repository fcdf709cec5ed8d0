import { Entity, Enum, Index, ManyToOne, Property, Rel } from '@mikro-orm/core';
import { NOTIFICATION_TYPES, NotificationType } from '../contract/enums';
import { BaseEntity } from './base.entity';
import { User } from './user.entity';

@Entity({ tableName: 'notifications' })
@Index({ properties: ['user', 'readAt', 'createdAt'] })
@Index({ properties: ['user', 'createdAt'] })
export class Notification extends BaseEntity {
  /** No foreign key: a trigger on users removes a deleted person's notifications (see the migration). */
  @ManyToOne(() => User, { createForeignKeyConstraint: false })
  user: Rel<User>;

  @Enum({ items: () => NOTIFICATION_TYPES, type: 'string' })
  type: NotificationType;

  /** What the client needs to render and link it (video id and title, actor, …). */
  @Property({ type: 'json' })
  data: Record<string, unknown>;

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}
