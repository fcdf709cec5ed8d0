import { signal } from '@angular/core';
import type { CommentDeletedEvent, CommentThreadView, CommentView } from '@clipstream/contract';
import { map, Observable, tap } from 'rxjs';

import {
  addReply,
  appendReplies,
  asThread,
  commentsRemovedWith,
  hasReply,
  removeReply,
  replaceComment,
} from '../../../core/comments/comment-list';
import { CommentService } from '../../../core/comments/comment.service';
import type { LiveCommentChange } from '../../../core/comments/live-comments.service';
import { PagedList } from '../../../shared/paging/paged-list';

const THREADS_PER_PAGE = 20;
/** The server sends this many replies with each thread; the rest come in pages of the same size. */
const REPLIES_PER_PAGE = 50;

/**
 * The comments of one video as the page shows them: pages of threads, the total count, and every
 * change (one's own, or live from others) applied in place. A change that arrives twice (one's own
 * request and its live echo) is applied once.
 */
export class CommentThreadsStore {
  readonly threads = new PagedList<CommentThreadView>();
  private readonly countState = signal(0);
  readonly count = this.countState.asReadonly();
  private readonly added = new Set<string>();
  private readonly deleted = new Set<string>();
  private readonly replyPages = new Map<string, number>();

  constructor(private readonly api: CommentService) {}

  start(videoId: string, commentCount: number): void {
    this.added.clear();
    this.deleted.clear();
    this.replyPages.clear();
    this.countState.set(commentCount);
    this.threads.reset((page) => this.api.threads(videoId, page, THREADS_PER_PAGE));
  }

  add(comment: CommentView): void {
    if (this.added.has(comment.id) || this.isListed(comment.id)) return;
    this.added.add(comment.id);
    this.countState.update((count) => count + 1);
    if (comment.parentId) this.threads.update((thread) => addReply(thread, comment));
    else this.threads.prepend([asThread(comment)]);
  }

  replace(comment: CommentView): void {
    this.threads.update((thread) => replaceComment(thread, comment));
  }

  apply(change: LiveCommentChange): void {
    if (change.kind === 'created') this.add(change.comment);
    else if (change.kind === 'updated') this.replace(change.comment);
    else this.removed(change.removed);
  }

  removed(comment: CommentDeletedEvent): void {
    if (this.deleted.has(comment.id)) return;
    this.deleted.add(comment.id);
    this.countState.update((count) => Math.max(0, count - commentsRemovedWith(comment)));
    if (comment.parentId) {
      this.threads.update((thread) =>
        thread.id === comment.parentId ? removeReply(thread, comment.id) : thread,
      );
    } else {
      this.threads.remove(comment.id);
    }
  }

  /** The next page of a thread's replies. */
  moreReplies(thread: CommentThreadView): Observable<void> {
    const page = (this.replyPages.get(thread.id) ?? 1) + 1;
    return this.api.replies(thread.id, page, REPLIES_PER_PAGE).pipe(
      tap((result) => {
        this.replyPages.set(thread.id, page);
        this.threads.update((item) =>
          item.id === thread.id ? appendReplies(item, result.items, result.total) : item,
        );
      }),
      map(() => undefined),
    );
  }

  destroy(): void {
    this.threads.destroy();
  }

  private isListed(id: string): boolean {
    return this.threads.items().some((thread) => thread.id === id || hasReply(thread, id));
  }
}
