import type { Comment, CommentView } from '@clipstream/core';
import { toPersonView } from '../channels/person-view';

/** Needs `author` populated. */
export function toCommentView(comment: Comment): CommentView {
  return {
    id: comment.id,
    videoId: comment.video.id,
    parentId: comment.parent?.id ?? null,
    body: comment.body,
    author: toPersonView(comment.author),
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
    replyCount: comment.replyCount,
  };
}
