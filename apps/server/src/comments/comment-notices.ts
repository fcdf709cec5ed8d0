import { Injectable } from '@nestjs/common';
import { CommentDeletedEvent, CommentView, SocketEvents, Video } from '@clipstream/core';
import { UserNotifier } from '../notifications/user-notifier';
import { SocketEmitter } from '../realtime/socket-emitter';

const EXCERPT_LENGTH = 140;

/**
 * Who hears of a new comment: whoever watches the video live, the person replied to, the video's owner.
 * Edits and deletions reach the watchers only.
 */
@Injectable()
export class CommentNotices {
  constructor(
    private readonly sockets: SocketEmitter,
    private readonly notifier: UserNotifier,
  ) {}

  /** `repliedTo`: the author of the comment answered, for a reply. Nobody is told of their own comment. */
  async created(
    comment: CommentView,
    video: Video,
    repliedTo: { commentId: string; authorId: string } | null,
  ) {
    this.sockets.toVideo(video.id, SocketEvents.commentCreated, comment);
    const data = {
      videoId: video.id,
      title: video.title,
      commentId: comment.id,
      excerpt: excerpt(comment.body),
      actor: comment.author,
    };
    const told = new Set([comment.author.id]);
    if (repliedTo && !told.has(repliedTo.authorId)) {
      told.add(repliedTo.authorId);
      await this.notifier.notify(repliedTo.authorId, 'comment.reply', {
        ...data,
        parentId: repliedTo.commentId,
      });
    }
    if (!told.has(video.owner.id)) await this.notifier.notify(video.owner.id, 'comment.new', data);
  }

  updated(comment: CommentView): void {
    this.sockets.toVideo(comment.videoId, SocketEvents.commentUpdated, comment);
  }

  deleted(removed: CommentDeletedEvent): void {
    this.sockets.toVideo(removed.videoId, SocketEvents.commentDeleted, removed);
  }
}

function excerpt(body: string): string {
  return body.length > EXCERPT_LENGTH ? `${body.slice(0, EXCERPT_LENGTH - 1)}…` : body;
}
