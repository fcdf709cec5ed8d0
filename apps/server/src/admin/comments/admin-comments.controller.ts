import { Controller, Delete, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../auth/guards';
import { CurrentUser, RequestUser } from '../../common/request-user';
import { ListQuery, listPage } from '../simple-rest';
import { ADMIN_COMMENT_SORTABLE, AdminCommentRecord, AdminCommentsService } from './admin-comments.service';

@ApiTags('admin')
@Controller('admin/comments')
@Authenticated('moderator', 'admin')
export class AdminCommentsController {
  constructor(private readonly comments: AdminCommentsService) {}

  /** Filters: q (text), videoId, authorId, id (a list). */
  @Get()
  list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminCommentRecord[]> {
    return listPage(reply, 'comments', query, ADMIN_COMMENT_SORTABLE, (parsed) => this.comments.list(parsed));
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AdminCommentRecord> {
    return this.comments.get(id);
  }

  /** With its replies. */
  @Delete(':id')
  remove(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AdminCommentRecord> {
    return this.comments.remove(actor, id);
  }
}
