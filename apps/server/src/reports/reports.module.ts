import { Module } from '@nestjs/common';
import { ReportTargets } from './report-targets';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Reports by signed-in people; moderators resolve them in the admin API. */
@Module({
  controllers: [ReportsController],
  providers: [ReportsService, ReportTargets],
  exports: [ReportTargets],
})
export class ReportsModule {}
