import { Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { QueueName } from '@clipstream/core';
import { Authenticated } from '../../auth/guards';
import { CurrentUser, RequestUser } from '../../common/request-user';
import type { JobCounts } from '../../queues/job-queues';
import { ListQuery, listPage } from '../simple-rest';
import { ADMIN_JOB_SORTABLE, AdminJobRecord, AdminJobsService } from './admin-jobs.service';

@ApiTags('admin')
@Controller('admin/jobs')
@Authenticated('moderator', 'admin')
export class AdminJobsController {
  constructor(private readonly jobs: AdminJobsService) {}

  /** Filters: queue, state (failed, waiting, active, delayed, completed), id (a list). Newest first. */
  @Get()
  list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminJobRecord[]> {
    return listPage(
      reply,
      'jobs',
      query,
      ADMIN_JOB_SORTABLE,
      (parsed) => this.jobs.list(parsed),
      'timestamp',
    );
  }

  /** Each queue's jobs by state. */
  @Get('counts')
  counts(): Promise<Record<QueueName, JobCounts>> {
    return this.jobs.counts();
  }

  /** `:id` is `{queue}:{jobId}`. */
  @Get(':id')
  get(@Param('id') id: string): Promise<AdminJobRecord> {
    return this.jobs.get(id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  retry(@CurrentUser() actor: RequestUser, @Param('id') id: string): Promise<AdminJobRecord> {
    return this.jobs.retry(actor, id);
  }

  @Delete(':id')
  remove(@CurrentUser() actor: RequestUser, @Param('id') id: string): Promise<AdminJobRecord> {
    return this.jobs.remove(actor, id);
  }
}
