import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommentThreadView, CommentView, Page } from '@clipstream/core';
import { Authenticated, OptionalJwtAuthGuard } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { PageQuery } from '../videos/dto/list-videos.query';
import { VideoIdPipe } from '../videos/video-id.pipe';
import { CommentIdPipe } from './comment-id.pipe';
import { CommentThreads } from './comment-threads';
import { CommentsService } from './comments.service';
import { CreateCommentDto, UpdateCommentDto } from './dto/comment-body.dto';

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(
    private readonly comments: CommentsService,
    private readonly threads: CommentThreads,
  ) {}

  /** Threads, newest first, each with its first replies oldest first. */
  @Get('videos/:id/comments')
  @UseGuards(OptionalJwtAuthGuard)
  list(
    @Param('id', VideoIdPipe) videoId: string,
    @Query() query: PageQuery,
    @CurrentUser() viewer?: RequestUser,
  ): Promise<Page<CommentThreadView>> {
    return this.threads.page(videoId, viewer, query.page, query.pageSize);
  }

  @Post('videos/:id/comments')
  @Authenticated()
  create(
    @Param('id', VideoIdPipe) videoId: string,
    @CurrentUser() caller: RequestUser,
    @Body() body: CreateCommentDto,
  ): Promise<CommentView> {
    return this.comments.create(videoId, caller, body.body, body.parentId);
  }

  /** Every reply of a thread, oldest first. */
  @Get('comments/:id/replies')
  @UseGuards(OptionalJwtAuthGuard)
  replies(
    @Param('id', CommentIdPipe) id: string,
    @Query() query: PageQuery,
    @CurrentUser() viewer?: RequestUser,
  ): Promise<Page<CommentView>> {
    return this.threads.replies(id, viewer, query.page, query.pageSize);
  }

  @Patch('comments/:id')
  @Authenticated()
  edit(
    @Param('id', CommentIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Body() body: UpdateCommentDto,
  ): Promise<CommentView> {
    return this.comments.edit(id, caller, body.body);
  }

  @Delete('comments/:id')
  @Authenticated()
  @HttpCode(204)
  remove(@Param('id', CommentIdPipe) id: string, @CurrentUser() caller: RequestUser): Promise<void> {
    return this.comments.remove(id, caller);
  }
}
