import type { CommentThreadView, CommentView } from '@clipstream/contract';

/**
 * Changes to a thread (a top-level comment with its replies) as replies arrive, change or go away.
 * Each returns the thread unchanged when there is nothing to do, so a comment that arrives twice (the
 * answer to one's own POST and its `comment.created` echo) is shown once.
 */

export function hasReply(thread: CommentThreadView, replyId: string): boolean {
  return thread.replies.some((reply) => reply.id === replyId);
}

/** A new reply goes last (replies are oldest first) and counts once. */
export function addReply(thread: CommentThreadView, reply: CommentView): CommentThreadView {
  if (reply.parentId !== thread.id || hasReply(thread, reply.id)) return thread;
  return { ...thread, replies: [...thread.replies, reply], replyCount: thread.replyCount + 1 };
}

/** Appends a page of older replies, skipping the ones already shown (live or own ones). */
export function appendReplies(
  thread: CommentThreadView,
  replies: readonly CommentView[],
  total: number,
): CommentThreadView {
  const fresh = replies.filter((reply) => !hasReply(thread, reply.id));
  const merged = [...thread.replies, ...fresh].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return { ...thread, replies: merged, replyCount: Math.max(total, merged.length) };
}

/** An edited comment (the thread itself or one of its replies) keeps its place. */
export function replaceComment(thread: CommentThreadView, comment: CommentView): CommentThreadView {
  if (comment.id === thread.id) return { ...thread, ...comment, replies: thread.replies };
  if (!hasReply(thread, comment.id)) return thread;
  return { ...thread, replies: thread.replies.map((reply) => (reply.id === comment.id ? comment : reply)) };
}

export function removeReply(thread: CommentThreadView, replyId: string): CommentThreadView {
  if (!hasReply(thread, replyId)) return thread;
  return {
    ...thread,
    replies: thread.replies.filter((reply) => reply.id !== replyId),
    replyCount: Math.max(0, thread.replyCount - 1),
  };
}

/** How many comments go away with this one: a thread takes its replies along. */
export function commentsRemovedWith(comment: Pick<CommentView, 'parentId' | 'replyCount'>): number {
  return comment.parentId ? 1 : 1 + comment.replyCount;
}

/** A top-level comment as a thread of its own (a new one has no replies yet). */
export function asThread(comment: CommentView): CommentThreadView {
  return { ...comment, replies: [] };
}

/** Replies the thread counts but does not show yet. */
export function hiddenReplies(thread: CommentThreadView): number {
  return Math.max(0, thread.replyCount - thread.replies.length);
}
