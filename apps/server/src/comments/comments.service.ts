import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Comment, CommentView } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { assertMayView, mayManage } from '../videos/video-access';
import { VideosService } from '../videos/videos.service';
import { CommentNotices } from './comment-notices';
import { CommentStore } from './comment-store';
import { toCommentView } from './comment-view';

const PARENT_GONE = 'The comment you reply to does not exist (any more)';

/**
 * Writing comments. Whoever may see a video may comment on it; a reply to a reply joins the thread of
 * its top-level comment. Authors edit their own; authors, the video's owner and moderators delete.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly videos: VideosService,
    private readonly store: CommentStore,
    private readonly notices: CommentNotices,
  ) {}

  async create(videoId: string, viewer: RequestUser, body: string, parentId?: string): Promise<CommentView> {
    const video = await this.videos.visible(videoId, viewer);
    const repliedTo = parentId ? await this.em.findOne(Comment, { id: parentId, video: video.id }) : null;
    if (parentId && !repliedTo) throw new NotFoundException(PARENT_GONE);

    const id = await this.store
      .add(this.em, {
        videoId: video.id,
        authorId: viewer.id,
        threadId: repliedTo ? (repliedTo.parent?.id ?? repliedTo.id) : null,
        body,
      })
      .catch((error: unknown) => {
        // the thread was deleted in the meantime
        if (error instanceof ForeignKeyConstraintViolationException) throw new NotFoundException(PARENT_GONE);
        throw error;
      });
    const comment = toCommentView(await this.em.findOneOrFail(Comment, { id }, { populate: ['author'] }));
    await this.notices.created(
      comment,
      video,
      repliedTo ? { commentId: repliedTo.id, authorId: repliedTo.author.id } : null,
    );
    return comment;
  }

  async edit(commentId: string, viewer: RequestUser, body: string): Promise<CommentView> {
    const comment = await this.load(commentId, viewer);
    if (comment.author.id !== viewer.id) throw new ForbiddenException('Only its author can edit a comment');
    comment.body = body;
    comment.editedAt = new Date();
    await this.em.flush();
    await this.em.populate(comment, ['author']);
    const view = toCommentView(comment);
    this.notices.updated(view);
    return view;
  }

  async remove(commentId: string, viewer: RequestUser): Promise<void> {
    const comment = await this.load(commentId, viewer);
    if (comment.author.id !== viewer.id && !mayManage(comment.video, viewer)) {
      throw new ForbiddenException(
        'Only its author, the owner of the video or a moderator can delete a comment',
      );
    }
    const removed = await this.store.remove(this.em, comment.id);
    if (removed) this.notices.deleted(removed);
  }

  /** A comment of a video the viewer may see (as private as the video). */
  private async load(commentId: string, viewer: RequestUser): Promise<Comment> {
    const comment = await this.em.findOne(Comment, { id: commentId }, { populate: ['video'] });
    if (!comment) throw new NotFoundException('Comment not found');
    assertMayView(comment.video, viewer);
    return comment;
  }
}
