import type { CommentThreadView, CommentView } from '@clipstream/contract';

import {
  addReply,
  appendReplies,
  asThread,
  commentsRemovedWith,
  hiddenReplies,
  removeReply,
  replaceComment,
} from './comment-list';

const author = { id: 'u1', username: 'ada', displayName: 'Ada', avatarUrl: null };

function comment(id: string, parentId: string | null, createdAt: string, body = id): CommentView {
  return { id, videoId: 'v1', parentId, body, author, createdAt, editedAt: null, replyCount: 0 };
}

function thread(replies: CommentView[], replyCount = replies.length): CommentThreadView {
  return { ...comment('t', null, '2026-01-01T00:00:00Z'), replies, replyCount };
}

const r1 = comment('r1', 't', '2026-01-01T00:01:00Z');
const r2 = comment('r2', 't', '2026-01-01T00:02:00Z');
const r3 = comment('r3', 't', '2026-01-01T00:03:00Z');

describe('comment list changes', () => {
  it('adds a reply once, however often it arrives', () => {
    const once = addReply(thread([r1]), r2);
    expect(once.replies.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(once.replyCount).toBe(2);
    const twice = addReply(once, r2);
    expect(twice).toBe(once);
  });

  it('leaves a thread alone for a reply to another thread', () => {
    const other = thread([]);
    expect(addReply(other, comment('x', 'elsewhere', '2026-01-01T00:00:00Z'))).toBe(other);
  });

  it('merges older replies in order without repeating the live ones', () => {
    const live = thread([r3], 3);
    const merged = appendReplies(live, [r1, r2, r3], 3);
    expect(merged.replies.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(hiddenReplies(merged)).toBe(0);
  });

  it('counts the replies not shown yet', () => {
    expect(hiddenReplies(thread([r1], 4))).toBe(3);
  });

  it('replaces an edited thread or reply in place', () => {
    const base = thread([r1, r2]);
    const editedReply = { ...r2, body: 'changed', editedAt: '2026-01-02T00:00:00Z' };
    expect(replaceComment(base, editedReply).replies[1].body).toBe('changed');
    const editedThread = { ...base, body: 'new text', replies: [], replyCount: 2 };
    const replaced = replaceComment(base, editedThread);
    expect(replaced.body).toBe('new text');
    expect(replaced.replies).toHaveLength(2);
  });

  it('removes a reply and counts it out', () => {
    const removed = removeReply(thread([r1, r2]), 'r1');
    expect(removed.replies.map((r) => r.id)).toEqual(['r2']);
    expect(removed.replyCount).toBe(1);
  });

  it('knows a thread takes its replies along', () => {
    expect(commentsRemovedWith({ ...asThread(comment('t', null, 'x')), replyCount: 4 })).toBe(5);
    expect(commentsRemovedWith(r1)).toBe(1);
  });
});
