import { Entity, Index, ManyToOne, Property, Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { User } from './user.entity';

/** Every moderator action: who did what to which record, when and why. */
@Entity({ tableName: 'audit_logs' })
@Index({ properties: ['createdAt'] })
export class AuditLog extends BaseEntity {
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: Rel<User> | null;

  /** e.g. "user.ban", "video.hide", "report.resolve" */
  @Property({ type: 'string', length: 60 })
  action: string;

  @Property({ type: 'string', length: 30 })
  targetType: string;

  @Property({ type: 'string', length: 64 })
  targetId: string;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;
}
