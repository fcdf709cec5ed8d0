import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { Report } from '@clipstream/core';
import type { RequestUser } from '../../common/request-user';
import { ReportTargets } from '../../reports/report-targets';
import { AdminCommentsService } from '../comments/admin-comments.service';
import { AdminUsersService } from '../users/admin-users.service';
import { AdminVideosService } from '../videos/admin-videos.service';
import type { ReportAction } from './admin-report.dto';

/**
 * The action taken on a report, done by the same services as the moderator's own buttons (so with the
 * same rules and audit entries), the resolution being the reason given.
 */
@Injectable()
export class ReportActions {
  constructor(
    private readonly targets: ReportTargets,
    private readonly videos: AdminVideosService,
    private readonly comments: AdminCommentsService,
    private readonly users: AdminUsersService,
  ) {}

  async apply(actor: RequestUser, report: Report, action: ReportAction, reason: string): Promise<void> {
    if (action === 'none') return;
    if (action === 'hide' && report.targetType !== 'video') {
      throw new BadRequestException('Only a video can be hidden; delete the comment instead');
    }
    const ownerId = await this.targets.ownerOf(report);
    if (!ownerId) {
      throw new ConflictException(
        `The reported ${report.targetType} no longer exists; resolve the report with action "none"`,
      );
    }
    if (action === 'hide') {
      await this.videos.update(actor, report.targetId, { hidden: true, hiddenReason: reason });
    } else if (action === 'delete') {
      if (report.targetType === 'video') await this.videos.remove(actor, report.targetId, reason);
      else await this.comments.remove(actor, report.targetId, reason);
    } else {
      await this.users.update(actor, ownerId, { banned: true, banReason: reason });
    }
  }
}
