import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

export const WATCH_LATER_TITLE = 'Watch later';

export interface PlaylistStats {
  itemCount: number;
  firstVideoId: string;
}

/** The statements of playlists that the ORM cannot say in one go. */
@Injectable()
export class PlaylistStore {
  /** Creates the person's "Watch later" list unless it exists (a unique index keeps it to one). */
  async ensureWatchLater(em: EntityManager, ownerId: string): Promise<void> {
    await em.execute(
      `insert into playlists (id, owner_id, title, visibility, is_watch_later)
       values (?, ?, ?, 'private', true) on conflict do nothing`,
      [randomUUID(), ownerId, WATCH_LATER_TITLE],
    );
  }

  /**
   * How many of each playlist's videos this viewer may see, and the first of them. The visibility rule is
   * isOpenVideo / mayManage of videos/video-access.ts, in SQL.
   */
  async stats(
    em: EntityManager,
    playlistIds: string[],
    viewer: { id: string; privileged: boolean } | undefined,
  ): Promise<Map<string, PlaylistStats>> {
    if (!playlistIds.length) return new Map();
    const rows = await em.execute<Array<{ playlist_id: string; item_count: number; first_video_id: string }>>(
      `select i.playlist_id, count(*)::int as item_count,
              (array_agg(i.video_id order by i.position, i.created_at))[1] as first_video_id
       from playlist_items i join videos v on v.id = i.video_id
       where i.playlist_id in (?)
         and (? or (v.visibility <> 'private' and not v.hidden) or v.owner_id = ?)
       group by i.playlist_id`,
      [playlistIds, viewer?.privileged ?? false, viewer?.id ?? null],
    );
    return new Map(
      rows.map((row) => [row.playlist_id, { itemCount: row.item_count, firstVideoId: row.first_video_id }]),
    );
  }

  async itemCount(em: EntityManager, playlistId: string): Promise<number> {
    const [row] = await em.execute<Array<{ count: number }>>(
      `select count(*)::int as count from playlist_items where playlist_id = ?`,
      [playlistId],
    );
    return row.count;
  }

  /** Appends a video; null when it is already in the playlist. */
  async addItem(
    em: EntityManager,
    playlistId: string,
    videoId: string,
  ): Promise<{ position: number; createdAt: Date } | null> {
    return em.transactional(async (tx) => {
      const [added] = await tx.execute<Array<{ position: number; created_at: Date }>>(
        `insert into playlist_items (id, playlist_id, video_id, position)
         select ?, ?, ?, coalesce(max(position), -1) + 1 from playlist_items where playlist_id = ?
         on conflict (playlist_id, video_id) do nothing returning position, created_at`,
        [randomUUID(), playlistId, videoId, playlistId],
      );
      if (added) await this.touch(tx, playlistId);
      return added ? { position: added.position, createdAt: new Date(added.created_at) } : null;
    });
  }

  /** False when the video was not in the playlist. */
  async removeItem(em: EntityManager, playlistId: string, videoId: string): Promise<boolean> {
    return em.transactional(async (tx) => {
      const removed = await tx.execute<Array<{ id: string }>>(
        `delete from playlist_items where playlist_id = ? and video_id = ? returning id`,
        [playlistId, videoId],
      );
      if (removed.length) await this.touch(tx, playlistId);
      return removed.length > 0;
    });
  }

  async videoIds(em: EntityManager, playlistId: string): Promise<string[]> {
    const rows = await em.execute<Array<{ video_id: string }>>(
      `select video_id from playlist_items where playlist_id = ?`,
      [playlistId],
    );
    return rows.map((row) => row.video_id);
  }

  /** Positions 0, 1, 2… in the order given (the caller checked it lists every item once). */
  async reorder(em: EntityManager, playlistId: string, videoIds: string[]): Promise<void> {
    if (!videoIds.length) return;
    await em.transactional(async (tx) => {
      await tx.execute(
        `update playlist_items i set position = o.n - 1
         from unnest(array[?]::uuid[]) with ordinality as o(video_id, n)
         where i.playlist_id = ? and i.video_id = o.video_id`,
        [videoIds, playlistId],
      );
      await this.touch(tx, playlistId);
    });
  }

  private async touch(em: EntityManager, playlistId: string): Promise<void> {
    await em.execute(`update playlists set updated_at = now() where id = ?`, [playlistId]);
  }
}
