import { Entity, Enum, Index, ManyToOne, Opt, Property, Rel } from '@mikro-orm/core';
import { REPORT_STATUSES, REPORT_TARGETS, ReportStatus, ReportTarget } from '../contract/enums';
import { BaseEntity } from './base.entity';
import { User } from './user.entity';

@Entity({ tableName: 'reports' })
@Index({ properties: ['status', 'createdAt'] })
export class Report extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  reporter: Rel<User>;

  @Enum({ items: () => REPORT_TARGETS, type: 'string' })
  targetType: ReportTarget;

  @Property({ type: 'uuid' })
  targetId: string;

  @Property({ type: 'text' })
  reason: string;

  @Enum({ items: () => REPORT_STATUSES, type: 'string' })
  status: ReportStatus & Opt = 'open';

  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  resolvedBy?: Rel<User> | null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;
}
