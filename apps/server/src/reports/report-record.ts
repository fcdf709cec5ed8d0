import type { Report, ReportStatus, ReportTarget } from '@clipstream/core';
import type { ReportTargetSummary } from './report-targets';

/** A report as moderators see it (the admin API and the live `report.created` event). */
export interface ReportRecord {
  id: string;
  targetType: ReportTarget;
  targetId: string;
  reason: string;
  reporter: { id: string; username: string };
  reporterId: string;
  status: ReportStatus;
  resolution: string | null;
  resolvedBy: { id: string; username: string } | null;
  createdAt: string;
  resolvedAt: string | null;
  /** null once the video or comment is gone. */
  target: ReportTargetSummary | null;
}

/** Needs `reporter` and `resolvedBy` populated. */
export function toReportRecord(report: Report, target: ReportTargetSummary | undefined): ReportRecord {
  return {
    id: report.id,
    targetType: report.targetType,
    targetId: report.targetId,
    reason: report.reason,
    reporter: { id: report.reporter.id, username: report.reporter.username },
    reporterId: report.reporter.id,
    status: report.status,
    resolution: report.resolution ?? null,
    resolvedBy: report.resolvedBy ? { id: report.resolvedBy.id, username: report.resolvedBy.username } : null,
    createdAt: report.createdAt.toISOString(),
    resolvedAt: report.resolvedAt?.toISOString() ?? null,
    target: target ?? null,
  };
}
