import type { CommentThreadView, CommentView, Page } from '@clipstream/contract';
import { Observable, of } from 'rxjs';

import type { CommentService } from '../../../core/comments/comment.service';
import { CommentThreadsStore } from './comment-threads.store';

const author = { id: 'u1', username: 'ada', displayName: 'Ada', avatarUrl: null };

function comment(id: string, parentId: string | null = null, replyCount = 0): CommentView {
  return {
    id,
    videoId: 'v1',
    parentId,
    body: id,
    author,
    createdAt: `2026-01-01T00:00:0${id.length}Z`,
    editedAt: null,
    replyCount,
  };
}

function thread(id: string, replies: CommentView[], replyCount = replies.length): CommentThreadView {
  return { ...comment(id, null, replyCount), replies };
}

/** The comments API with one page of threads and a second page of replies. */
function fakeApi(threads: CommentThreadView[], replyPage: Page<CommentView> = { items: [], total: 0 }) {
  return {
    threads: (): Observable<Page<CommentThreadView>> => of({ items: threads, total: threads.length }),
    replies: (): Observable<Page<CommentView>> => of(replyPage),
  } as unknown as CommentService;
}

describe('CommentThreadsStore', () => {
  it('shows and counts a new comment once, whether the POST or the live event comes first', () => {
    const store = new CommentThreadsStore(fakeApi([thread('t1', [])]));
    store.start('v1', 1);
    const mine = comment('c2');
    store.add(mine);
    store.add(mine);
    expect(store.threads.items().map((t) => t.id)).toEqual(['c2', 't1']);
    expect(store.count()).toBe(2);
  });

  it('puts a reply under its thread, once', () => {
    const store = new CommentThreadsStore(fakeApi([thread('t1', [])]));
    store.start('v1', 1);
    const reply = comment('r1', 't1');
    store.add(reply);
    store.add(reply);
    expect(store.threads.items()[0].replies.map((r) => r.id)).toEqual(['r1']);
    expect(store.threads.items()[0].replyCount).toBe(1);
    expect(store.count()).toBe(2);
  });

  it('ignores the echo of a comment that came with the page', () => {
    const store = new CommentThreadsStore(fakeApi([thread('t1', [comment('r1', 't1')])]));
    store.start('v1', 2);
    store.add(comment('r1', 't1'));
    store.add(comment('t1'));
    expect(store.count()).toBe(2);
  });

  it('counts a deleted thread out with its replies', () => {
    const store = new CommentThreadsStore(fakeApi([thread('t1', [comment('r1', 't1')]), thread('t2', [])]));
    store.start('v1', 3);
    store.removed(store.threads.items()[0]);
    expect(store.threads.items().map((t) => t.id)).toEqual(['t2']);
    expect(store.count()).toBe(1);
  });

  it('removes a deleted reply from its thread', () => {
    const store = new CommentThreadsStore(
      fakeApi([thread('t1', [comment('r1', 't1'), comment('r22', 't1')])]),
    );
    store.start('v1', 3);
    store.removed(comment('r1', 't1'));
    expect(store.threads.items()[0].replies.map((r) => r.id)).toEqual(['r22']);
    expect(store.count()).toBe(2);
  });

  it('applies live edits and deletions, and a deletion heard twice (own request, then its echo) once', () => {
    const store = new CommentThreadsStore(fakeApi([thread('t1', [comment('r1', 't1')]), thread('t2', [])]));
    store.start('v1', 3);
    store.apply({ kind: 'updated', comment: { ...comment('r1', 't1'), body: 'fixed typo' } });
    expect(store.threads.items()[0].replies[0].body).toBe('fixed typo');

    const removed = { id: 't1', videoId: 'v1', parentId: null, replyCount: 1 };
    store.removed(removed);
    store.apply({ kind: 'deleted', removed });
    expect(store.threads.items().map((t) => t.id)).toEqual(['t2']);
    expect(store.count()).toBe(1);
  });

  it('loads the next page of a thread’s replies', () => {
    const more = { items: [comment('r22', 't1')], total: 2 };
    const store = new CommentThreadsStore(fakeApi([thread('t1', [comment('r1', 't1')], 2)], more));
    store.start('v1', 3);
    store.moreReplies(store.threads.items()[0]).subscribe();
    expect(store.threads.items()[0].replies.map((r) => r.id)).toEqual(['r1', 'r22']);
  });
});
