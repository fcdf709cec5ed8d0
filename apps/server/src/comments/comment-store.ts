import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { CommentDeletedEvent } from '@clipstream/core';

export interface NewComment {
  videoId: string;
  authorId: string;
  /** The top-level comment of the thread, for a reply. */
  threadId: string | null;
  body: string;
}

/**
 * A comment row and the counters that include it (`videos.comment_count`, the thread's `reply_count`)
 * change in one transaction, so the counters always match the rows.
 */
@Injectable()
export class CommentStore {
  async add(em: EntityManager, comment: NewComment): Promise<string> {
    const id = randomUUID();
    await em.transactional(async (tx) => {
      await tx.execute(
        `insert into comments (id, video_id, author_id, parent_id, body) values (?, ?, ?, ?, ?)`,
        [id, comment.videoId, comment.authorId, comment.threadId, comment.body],
      );
      await tx.execute(`update videos set comment_count = comment_count + 1 where id = ?`, [comment.videoId]);
      if (comment.threadId) {
        await tx.execute(`update comments set reply_count = reply_count + 1 where id = ?`, [
          comment.threadId,
        ]);
      }
    });
    return id;
  }

  /** Removes a comment with its replies. */
  /** The removed comment as watchers hear of it, or null when it was already gone. */
  async remove(em: EntityManager, commentId: string): Promise<CommentDeletedEvent | null> {
    return em.transactional(async (tx) => {
      const [removed] = await tx.execute<
        Array<{ video_id: string; parent_id: string | null; reply_count: number }>
      >(`delete from comments where id = ? returning video_id, parent_id, reply_count`, [commentId]);
      if (!removed) return null;
      await tx.execute(`update videos set comment_count = greatest(comment_count - ?, 0) where id = ?`, [
        1 + removed.reply_count,
        removed.video_id,
      ]);
      if (removed.parent_id) {
        await tx.execute(`update comments set reply_count = greatest(reply_count - 1, 0) where id = ?`, [
          removed.parent_id,
        ]);
      }
      return {
        id: commentId,
        videoId: removed.video_id,
        parentId: removed.parent_id,
        replyCount: removed.reply_count,
      };
    });
  }
}
