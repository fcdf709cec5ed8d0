import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { MediaModule } from '../media/media.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportsModule } from '../reports/reports.module';
import { TranscodeQueue } from '../videos/transcode-queue';
import { VideosModule } from '../videos/videos.module';
import { AdminAuditLogsController } from './audit-logs/admin-audit-logs.controller';
import { AdminAuditLogsService } from './audit-logs/admin-audit-logs.service';
import { AuditLogService } from './audit-log.service';
import { AdminCategoriesController } from './categories/admin-categories.controller';
import { AdminCategoriesService } from './categories/admin-categories.service';
import { CategoryStore } from './categories/category-store';
import { AdminCommentsController } from './comments/admin-comments.controller';
import { AdminCommentsService } from './comments/admin-comments.service';
import { AdminDownloadsController } from './downloads/admin-downloads.controller';
import { AdminDownloadsService } from './downloads/admin-downloads.service';
import { AdminJobsController } from './jobs/admin-jobs.controller';
import { AdminJobsService } from './jobs/admin-jobs.service';
import { AdminReportsController } from './reports/admin-reports.controller';
import { AdminReportsService } from './reports/admin-reports.service';
import { ReportActions } from './reports/report-actions';
import { AdminStatsController } from './stats/admin-stats.controller';
import { AdminStatsService } from './stats/admin-stats.service';
import { DailyCounts } from './stats/daily-counts';
import { StorageUsage } from './stats/storage-usage';
import { AdminUsersController } from './users/admin-users.controller';
import { AdminUsersService } from './users/admin-users.service';
import { AdminVideosController } from './videos/admin-videos.controller';
import { AdminVideosService } from './videos/admin-videos.service';

/** `/api/admin/*`: moderation in react-admin's simple-rest dialect; every action leaves an audit entry. */
@Module({
  imports: [VideosModule, MediaModule, NotificationsModule, ReportsModule, CommentsModule],
  controllers: [
    AdminUsersController,
    AdminVideosController,
    AdminCommentsController,
    AdminReportsController,
    AdminDownloadsController,
    AdminJobsController,
    AdminCategoriesController,
    AdminAuditLogsController,
    AdminStatsController,
  ],
  providers: [
    AuditLogService,
    AdminUsersService,
    AdminVideosService,
    AdminCommentsService,
    AdminReportsService,
    ReportActions,
    AdminDownloadsService,
    AdminJobsService,
    AdminCategoriesService,
    CategoryStore,
    AdminAuditLogsService,
    AdminStatsService,
    DailyCounts,
    StorageUsage,
    // a stateless helper of the videos module, which does not export it
    TranscodeQueue,
  ],
})
export class AdminModule {}
