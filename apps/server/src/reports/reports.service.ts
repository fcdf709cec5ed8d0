import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Comment, Report, ReportTarget, ReportView, SocketEvents, User, Video } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { SocketEmitter } from '../realtime/socket-emitter';
import { isOpenVideo, mayManage } from '../videos/video-access';
import { toReportRecord } from './report-record';
import { ReportTargets } from './report-targets';

/**
 * Anyone signed in reports a video or a comment they can see; moderators hear of it at once. One open
 * report per person and target: a second one would only repeat the first.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly targets: ReportTargets,
    private readonly sockets: SocketEmitter,
  ) {}

  async report(
    reporter: RequestUser,
    targetType: ReportTarget,
    targetId: string,
    reason: string,
  ): Promise<ReportView> {
    await this.assertVisible(reporter, targetType, targetId);
    const id = await this.em.transactional(async (tx) => {
      // serialises the check and the insert of one person's reports of one target (no unique index covers "open")
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`report:${reporter.id}:${targetId}`]);
      if (await tx.count(Report, { reporter: reporter.id, targetType, targetId, status: 'open' })) {
        throw new ConflictException(
          `You have already reported this ${targetType}; moderators will look into it`,
        );
      }
      return tx.create(Report, { reporter: tx.getReference(User, reporter.id), targetType, targetId, reason })
        .id;
    });

    const report = await this.em.findOneOrFail(Report, { id }, { populate: ['reporter'] });
    const targets = await this.targets.describe([report]);
    this.sockets.toModerators(SocketEvents.reportCreated, toReportRecord(report, targets.get(targetId)));
    return {
      id: report.id,
      targetType,
      targetId,
      reason: report.reason,
      status: report.status,
      createdAt: report.createdAt.toISOString(),
    };
  }

  /** What the reporter cannot see does not exist for them (404), whether private, hidden or gone. */
  private async assertVisible(
    viewer: RequestUser,
    targetType: ReportTarget,
    targetId: string,
  ): Promise<void> {
    if (targetType === 'video') {
      const video = await this.em.findOne(Video, { id: targetId });
      if (!video || !mayView(video, viewer)) throw new NotFoundException('Video not found');
      return;
    }
    const comment = await this.em.findOne(Comment, { id: targetId }, { populate: ['video'] });
    if (!comment || !mayView(comment.video, viewer)) throw new NotFoundException('Comment not found');
  }
}

function mayView(video: Video, viewer: RequestUser): boolean {
  return isOpenVideo(video) || mayManage(video, viewer);
}
