import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Notification, NotificationType } from '@clipstream/core';

export interface AnnouncedVideo {
  videoId: string;
  title: string;
  channel: { id: string; username: string; displayName: string };
}

export interface Follower {
  subscriptionId: string;
  userId: string;
  /** Banned, or muted this type: not told, but the walk goes on past them. */
  skipped: boolean;
}

export interface NewNotification {
  id: string;
  userId: string;
  createdAt: Date;
}

type VideoRow = { id: string; title: string; owner_id: string; username: string; display_name: string };

/** Who may be told of a video: ready, public, not hidden, from a channel that is not banned. */
const PUBLISHED = `v.status = 'ready' and v.visibility = 'public' and not v.hidden and not u.banned`;
/** Sorts before every other uuid: where the walk over a channel's subscribers starts. */
const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

/** The statements of the fan-out, run inside the caller's transaction. */
@Injectable()
export class AnnouncementStore {
  /**
   * Marks the video announced and returns it, or null when it was announced before or is not published
   * (any more): whoever sets `announced_at` first is the one fan-out of the video.
   */
  async claim(em: EntityManager, videoId: string): Promise<AnnouncedVideo | null> {
    const [row] = await em.execute<VideoRow[]>(
      `update videos v set announced_at = now() from users u
       where v.id = ? and u.id = v.owner_id and v.announced_at is null and ${PUBLISHED}
       returning v.id, v.title, v.owner_id, u.username, u.display_name`,
      [videoId],
    );
    return row ? toAnnounced(row) : null;
  }

  /** For the next batches: the video, if it is still published. */
  async announced(em: EntityManager, videoId: string): Promise<AnnouncedVideo | null> {
    const [row] = await em.execute<VideoRow[]>(
      `select v.id, v.title, v.owner_id, u.username, u.display_name from videos v join users u on u.id = v.owner_id
       where v.id = ? and ${PUBLISHED}`,
      [videoId],
    );
    return row ? toAnnounced(row) : null;
  }

  /** The channel's next subscribers in subscription id order. */
  async followers(
    em: EntityManager,
    channelId: string,
    type: NotificationType,
    afterSubscriptionId: string | undefined,
    limit: number,
  ): Promise<Follower[]> {
    const rows = await em.execute<Array<{ id: string; subscriber_id: string; skipped: boolean }>>(
      `select s.id, s.subscriber_id, (u.banned or u.muted_notification_types @> ?::jsonb) as skipped
       from subscriptions s join users u on u.id = s.subscriber_id
       where s.channel_id = ? and s.id > ? order by s.id limit ?`,
      [JSON.stringify([type]), channelId, afterSubscriptionId ?? FIRST_UUID, limit],
    );
    return rows.map((row) => ({ subscriptionId: row.id, userId: row.subscriber_id, skipped: row.skipped }));
  }

  /** One INSERT for the whole batch. */
  async insert(
    em: EntityManager,
    type: NotificationType,
    data: Record<string, unknown>,
    notifications: NewNotification[],
  ): Promise<void> {
    if (!notifications.length) return;
    await em.insertMany(
      Notification,
      notifications.map(({ id, userId, createdAt }) => ({
        id,
        user: userId,
        type,
        data,
        createdAt,
        updatedAt: createdAt,
      })),
    );
  }
}

function toAnnounced(row: VideoRow): AnnouncedVideo {
  return {
    videoId: row.id,
    title: row.title,
    channel: { id: row.owner_id, username: row.username, displayName: row.display_name },
  };
}
