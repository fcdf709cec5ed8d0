import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Comment, CommentThreadView, CommentView, Page } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { assertMayView } from '../videos/video-access';
import { VideosService } from '../videos/videos.service';
import { toCommentView } from './comment-view';

/** Replies shown with each thread; the rest come from `GET /api/comments/:id/replies`. */
export const REPLIES_PER_THREAD = 50;

/** Reading comments: threads one level deep, newest threads first, each with its replies oldest first. */
@Injectable()
export class CommentThreads {
  constructor(
    private readonly em: EntityManager,
    private readonly videos: VideosService,
  ) {}

  async page(
    videoId: string,
    viewer: RequestUser | undefined,
    page: number,
    pageSize: number,
  ): Promise<Page<CommentThreadView>> {
    await this.videos.visible(videoId, viewer);
    const [threads, total] = await this.em.findAndCount(
      Comment,
      { video: videoId, parent: null },
      {
        populate: ['author'],
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: pageSize,
        offset: (page - 1) * pageSize,
      },
    );
    const replies = await this.firstReplies(
      threads.filter((thread) => thread.replyCount > 0).map(({ id }) => id),
    );
    return {
      items: threads.map((thread) => ({
        ...toCommentView(thread),
        replies: replies.filter((reply) => reply.parentId === thread.id),
      })),
      total,
    };
  }

  /** The replies of one thread, oldest first. */
  async replies(
    commentId: string,
    viewer: RequestUser | undefined,
    page: number,
    pageSize: number,
  ): Promise<Page<CommentView>> {
    const thread = await this.em.findOne(Comment, { id: commentId }, { populate: ['video'] });
    if (!thread) throw new NotFoundException('Comment not found');
    assertMayView(thread.video, viewer);
    const [replies, total] = await this.em.findAndCount(
      Comment,
      { parent: thread.id },
      {
        populate: ['author'],
        orderBy: { createdAt: 'asc', id: 'asc' },
        limit: pageSize,
        offset: (page - 1) * pageSize,
      },
    );
    return { items: replies.map(toCommentView), total };
  }

  private async firstReplies(threadIds: string[]): Promise<CommentView[]> {
    if (!threadIds.length) return [];
    const rows = await this.em.execute<Array<{ id: string }>>(
      `select id from (
         select id, row_number() over (partition by parent_id order by created_at, id) as n
         from comments where parent_id in (?)
       ) numbered where n <= ?`,
      [threadIds, REPLIES_PER_THREAD],
    );
    const replies = await this.em.find(
      Comment,
      { id: { $in: rows.map(({ id }) => id) } },
      { populate: ['author'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return replies.map(toCommentView);
  }
}
