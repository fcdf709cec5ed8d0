import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Comment } from '@clipstream/core';
import { CommentNotices } from '../../comments/comment-notices';
import { CommentStore } from '../../comments/comment-store';
import type { RequestUser } from '../../common/request-user';
import { AuditLogService } from '../audit-log.service';
import { idFilter, idList, likePattern, ParsedListQuery } from '../simple-rest';

export const ADMIN_COMMENT_SORTABLE = ['createdAt', 'replyCount', 'id'] as const;

const EXCERPT_LENGTH = 200;

export interface AdminCommentRecord {
  id: string;
  body: string;
  video: { id: string; title: string };
  videoId: string;
  author: { id: string; username: string };
  authorId: string;
  parentId: string | null;
  replyCount: number;
  createdAt: string;
  editedAt: string | null;
}

/** Needs `video` and `author` populated. */
function toRecord(comment: Comment): AdminCommentRecord {
  return {
    id: comment.id,
    body: comment.body,
    video: { id: comment.video.id, title: comment.video.title },
    videoId: comment.video.id,
    author: { id: comment.author.id, username: comment.author.username },
    authorId: comment.author.id,
    parentId: comment.parent?.id ?? null,
    replyCount: comment.replyCount,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class AdminCommentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CommentStore,
    private readonly notices: CommentNotices,
    private readonly audit: AuditLogService,
  ) {}

  async list(query: ParsedListQuery): Promise<{ items: AdminCommentRecord[]; total: number }> {
    const { filter } = query;
    const where: FilterQuery<Comment> = {};
    const ids = idList(filter);
    if (ids) where.id = { $in: ids };
    const videoId = idFilter(filter, 'videoId');
    if (videoId) where.video = videoId;
    const authorId = idFilter(filter, 'authorId');
    if (authorId) where.author = authorId;
    const pattern = likePattern(filter.q);
    if (pattern) where.body = { $ilike: pattern };
    const [comments, total] = await this.em.findAndCount(Comment, where, {
      populate: ['video', 'author'],
      orderBy: { ...query.orderBy, id: 'asc' },
      offset: query.offset,
      limit: query.limit,
    });
    return { items: comments.map(toRecord), total };
  }

  async get(id: string): Promise<AdminCommentRecord> {
    return toRecord(await this.find(id));
  }

  /** Removes the comment with its replies; the video's counters follow. */
  async remove(actor: RequestUser, id: string, reason: string | null = null): Promise<AdminCommentRecord> {
    const record = toRecord(await this.find(id));
    const removed = await this.store.remove(this.em, id);
    if (!removed) throw new NotFoundException('Comment not found');
    this.notices.deleted(removed);
    this.audit.record({
      actorId: actor.id,
      action: 'comment.delete',
      targetType: 'comment',
      targetId: id,
      reason,
      data: {
        videoId: record.videoId,
        authorId: record.authorId,
        excerpt: record.body.slice(0, EXCERPT_LENGTH),
      },
    });
    await this.em.flush();
    return record;
  }

  private async find(id: string): Promise<Comment> {
    const comment = await this.em.findOne(Comment, { id }, { populate: ['video', 'author'] });
    if (!comment) throw new NotFoundException('Comment not found');
    return comment;
  }
}
