import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../auth/guards';
import { CurrentUser, RequestUser } from '../../common/request-user';
import type { ReportRecord } from '../../reports/report-record';
import { ListQuery, listPage } from '../simple-rest';
import { AdminReportUpdateDto } from './admin-report.dto';
import { ADMIN_REPORT_SORTABLE, AdminReportsService } from './admin-reports.service';

@ApiTags('admin')
@Controller('admin/reports')
@Authenticated('moderator', 'admin')
export class AdminReportsController {
  constructor(private readonly reports: AdminReportsService) {}

  /** Filters: status (open, resolved), targetType (video, comment), targetId, reporterId, id (a list). */
  @Get()
  list(@Query() query: ListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReportRecord[]> {
    return listPage(reply, 'reports', query, ADMIN_REPORT_SORTABLE, (parsed) => this.reports.list(parsed));
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ReportRecord> {
    return this.reports.get(id);
  }

  /** `{ status: 'resolved', resolution, action?: 'none'|'hide'|'delete'|'ban' }`. */
  @Put(':id')
  resolve(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AdminReportUpdateDto,
  ): Promise<ReportRecord> {
    return this.reports.resolve(actor, id, body);
  }
}
