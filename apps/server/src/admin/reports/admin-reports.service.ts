import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Report, REPORT_STATUSES, REPORT_TARGETS, User } from '@clipstream/core';
import type { RequestUser } from '../../common/request-user';
import { UserNotifier } from '../../notifications/user-notifier';
import { ReportRecord, toReportRecord } from '../../reports/report-record';
import { ReportTargets, ReportTargetSummary } from '../../reports/report-targets';
import { AuditLogService } from '../audit-log.service';
import { choiceFilter, idFilter, idList, ParsedListQuery } from '../simple-rest';
import { AdminReportUpdateDto } from './admin-report.dto';
import { ReportActions } from './report-actions';

export const ADMIN_REPORT_SORTABLE = ['createdAt', 'resolvedAt', 'status', 'targetType', 'id'] as const;

const EXCERPT_LENGTH = 140;

/** The moderators' queue of reports: open ones first to look at, each resolved with the action taken. */
@Injectable()
export class AdminReportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly targets: ReportTargets,
    private readonly actions: ReportActions,
    private readonly notifier: UserNotifier,
    private readonly audit: AuditLogService,
  ) {}

  async list(query: ParsedListQuery): Promise<{ items: ReportRecord[]; total: number }> {
    const { filter } = query;
    const where: FilterQuery<Report> = {};
    const ids = idList(filter);
    if (ids) where.id = { $in: ids };
    const status = choiceFilter(filter, 'status', REPORT_STATUSES);
    if (status) where.status = status;
    const targetType = choiceFilter(filter, 'targetType', REPORT_TARGETS);
    if (targetType) where.targetType = targetType;
    const targetId = idFilter(filter, 'targetId');
    if (targetId) where.targetId = targetId;
    const reporterId = idFilter(filter, 'reporterId');
    if (reporterId) where.reporter = reporterId;
    const [reports, total] = await this.em.findAndCount(Report, where, {
      populate: ['reporter', 'resolvedBy'],
      orderBy: { ...query.orderBy, id: 'asc' },
      offset: query.offset,
      limit: query.limit,
    });
    const targets = await this.targets.describe(reports);
    return { items: reports.map((report) => toReportRecord(report, targets.get(report.targetId))), total };
  }

  async get(id: string): Promise<ReportRecord> {
    const report = await this.find(id);
    return toReportRecord(report, (await this.targets.describe([report])).get(report.targetId));
  }

  /**
   * Applies the action, then resolves the report; an action on the target also resolves the other open
   * reports of it (they are answered by the same decision). Each reporter is told the outcome.
   */
  async resolve(actor: RequestUser, id: string, change: AdminReportUpdateDto): Promise<ReportRecord> {
    const report = await this.find(id);
    if (report.status === 'resolved') throw new ConflictException('This report is already resolved');
    const action = change.action ?? 'none';
    const target = (await this.targets.describe([report])).get(report.targetId);
    await this.actions.apply(actor, report, action, change.resolution);

    const resolved =
      action === 'none'
        ? [report]
        : await this.em.find(Report, {
            targetType: report.targetType,
            targetId: report.targetId,
            status: 'open',
          });
    const resolvedAt = new Date();
    for (const each of resolved) {
      Object.assign(each, {
        status: 'resolved',
        resolution: change.resolution,
        resolvedBy: this.em.getReference(User, actor.id),
        resolvedAt,
      });
      this.audit.record({
        actorId: actor.id,
        action: 'report.resolve',
        targetType: 'report',
        targetId: each.id,
        reason: change.resolution,
        data: { action, targetType: each.targetType, targetId: each.targetId },
      });
    }
    await this.em.flush();
    for (const each of resolved) {
      await this.notifier.notify(each.reporter.id, 'report.resolved', {
        reportId: each.id,
        targetType: each.targetType,
        targetId: each.targetId,
        ...describe(target),
        action,
        resolution: change.resolution,
      });
    }
    return this.get(id);
  }

  private async find(id: string): Promise<Report> {
    const report = await this.em.findOne(Report, { id }, { populate: ['reporter', 'resolvedBy'] });
    if (!report) throw new NotFoundException('Report not found');
    return report;
  }
}

/** How the notification names what was reported (as it was before the action). */
function describe(target: ReportTargetSummary | undefined): Record<string, string> {
  if (!target) return {};
  if ('title' in target) return { title: target.title };
  const excerpt =
    target.body.length > EXCERPT_LENGTH ? `${target.body.slice(0, EXCERPT_LENGTH - 1)}…` : target.body;
  return { excerpt, videoId: target.videoId, title: target.videoTitle };
}
