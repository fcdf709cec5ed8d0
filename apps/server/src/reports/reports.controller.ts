import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReportView } from '@clipstream/core';
import { Authenticated } from '../auth/guards';
import { CommentIdPipe } from '../comments/comment-id.pipe';
import { CurrentUser, RequestUser } from '../common/request-user';
import { VideoIdPipe } from '../videos/video-id.pipe';
import { ReportReasonDto } from './dto/report-reason.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller()
@Authenticated()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** 404 for a video the caller cannot see; 409 while their previous report of it is open. */
  @Post('videos/:id/reports')
  reportVideo(
    @Param('id', VideoIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Body() body: ReportReasonDto,
  ): Promise<ReportView> {
    return this.reports.report(caller, 'video', id, body.reason);
  }

  @Post('comments/:id/reports')
  reportComment(
    @Param('id', CommentIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Body() body: ReportReasonDto,
  ): Promise<ReportView> {
    return this.reports.report(caller, 'comment', id, body.reason);
  }
}
