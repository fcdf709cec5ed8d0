import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Rating, RatingView } from '@clipstream/core';

/**
 * A person's like / dislike of a video and the video's counters, changed together in one transaction.
 * The person's previous rating is read under a lock on the (video, person) pair, so the same person
 * rating twice at once counts once; the counters move by atomic increments, so many people at once
 * are all counted.
 */
@Injectable()
export class RatingStore {
  async rate(em: EntityManager, videoId: string, userId: string, rating: Rating): Promise<RatingView> {
    return em.transactional(async (tx) => {
      await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
        `rating:${videoId}:${userId}`,
      ]);
      const previous = await this.current(tx, videoId, userId);
      if (rating === 'none') {
        await tx.execute(`delete from reactions where video_id = ? and user_id = ?`, [videoId, userId]);
      } else {
        await tx.execute(
          `insert into reactions (id, video_id, user_id, kind) values (?, ?, ?, ?)
           on conflict (video_id, user_id) do update set kind = excluded.kind, updated_at = now()`,
          [randomUUID(), videoId, userId, rating],
        );
      }
      const delta = (kind: Rating) => Number(rating === kind) - Number(previous === kind);
      const [counts] = await tx.execute<Array<{ likes: number; dislikes: number }>>(
        `update videos set likes = likes + ?, dislikes = dislikes + ? where id = ? returning likes, dislikes`,
        [delta('like'), delta('dislike'), videoId],
      );
      return { likes: counts.likes, dislikes: counts.dislikes, rating };
    });
  }

  async current(em: EntityManager, videoId: string, userId: string): Promise<Rating> {
    const [row] = await em.execute<Array<{ kind: Rating }>>(
      `select kind from reactions where video_id = ? and user_id = ?`,
      [videoId, userId],
    );
    return row?.kind ?? 'none';
  }
}
