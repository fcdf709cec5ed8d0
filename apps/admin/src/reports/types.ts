import type { ReportStatus, ReportTarget } from '@clipstream/core/contract';
import type { UserRef } from '../common/types';

/** A row of /api/admin/reports. */
export interface AdminReport {
  id: string;
  targetType: ReportTarget;
  targetId: string;
  reason: string;
  reporter: UserRef | null;
  status: ReportStatus;
  resolution: string | null;
  resolvedBy: UserRef | null;
  createdAt: string;
  resolvedAt: string | null;
  /** What was reported, as it is now; null once it is gone. */
  target: { title?: string; body?: string } | null;
}

/** What resolving a report does to its target besides closing it. */
export type ResolveAction = 'none' | 'hide' | 'delete' | 'ban';

export interface ResolveReportValues {
  action: ResolveAction;
  resolution: string;
}

/** The `report.created` Socket.IO event moderators receive. */
export interface ReportCreatedEvent {
  id: string;
  targetType: ReportTarget;
  targetId: string;
  reason: string;
}
