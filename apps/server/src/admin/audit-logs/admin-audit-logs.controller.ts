import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../auth/guards';
import { ListQuery, listPage } from '../simple-rest';
import { ADMIN_AUDIT_LOG_SORTABLE, AdminAuditLogsService, AuditLogRecord } from './admin-audit-logs.service';

@ApiTags('admin')
@Controller('admin/audit-logs')
@Authenticated('moderator', 'admin')
export class AdminAuditLogsController {
  constructor(private readonly auditLogs: AdminAuditLogsService) {}

  /** Filters: action (e.g. "video.hide"), actorId, targetType, targetId, id (a list). Newest first. */
  @Get()
  list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuditLogRecord[]> {
    return listPage(reply, 'audit-logs', query, ADMIN_AUDIT_LOG_SORTABLE, (parsed) =>
      this.auditLogs.list(parsed),
    );
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AuditLogRecord> {
    return this.auditLogs.get(id);
  }
}
