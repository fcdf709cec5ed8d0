import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { NotificationType } from '@clipstream/core';

/** Also what a `video.published` notification says besides its id, type and time. */
export interface AnnouncedVideo {
  videoId: string;
  title: string;
  channel: { id: string; username: string; displayName: string };
}

export interface ToldChunk {
  /** Subscribers walked past, told or not (banned, or muted this type). */
  walked: number;
  /** Whether the channel has subscribers after this chunk (looked ahead by one, so no empty walk ends it). */
  more: boolean;
  lastSubscriptionId?: string;
  /** [userId, notification id] of each row written. */
  recipients: Array<[string, string]>;
}

type VideoRow = { id: string; title: string; owner_id: string; username: string; display_name: string };

/** Who may be told of a video: ready, public, not hidden, from a channel that is not banned. */
const PUBLISHED = `v.status = 'ready' and v.visibility = 'public' and not v.hidden and not u.banned`;
/** Sorts before every other uuid: where the walk over a channel's subscribers starts. */
const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

/** The statements of the fan-out, each committed on its own. */
@Injectable()
export class AnnouncementStore {
  /**
   * Marks the video announced and returns it, or null when it was announced before or is not published
   * (any more): whoever sets `announced_at` first is the one fan-out of the video. A job run `again`
   * (after a failure or a crash) may find its own earlier claim, and goes on with it.
   */
  async claim(em: EntityManager, videoId: string, again: boolean): Promise<AnnouncedVideo | null> {
    const [row] = await em.execute<VideoRow[]>(
      `update videos v set announced_at = coalesce(v.announced_at, now()) from users u
       where v.id = ? and u.id = v.owner_id and (v.announced_at is null or ?) and ${PUBLISHED}
       returning v.id, v.title, v.owner_id, u.username, u.display_name`,
      [videoId, again],
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

  /**
   * Walks the channel's next `limit` subscribers (in subscription id order, after `afterSubscriptionId`)
   * and writes the Notification rows of those who want them, in one statement. `exceptTold` (a job run
   * again) also skips those who already have their row of this video from the earlier run.
   * Only the chunk's subscriptions are joined to their people: joined before the limit, every chunk
   * would walk all the channel's remaining subscribers whenever the planner misjudges the limit's reach.
   */
  async tellNext(
    em: EntityManager,
    type: NotificationType,
    video: AnnouncedVideo,
    createdAt: Date,
    afterSubscriptionId: string | undefined,
    limit: number,
    { exceptTold }: { exceptTold: boolean },
  ): Promise<ToldChunk> {
    const notToldYet = `and not exists (select 1 from notifications n
       where n.user_id = walk.subscriber_id and n.type = ? and n.data->>'videoId' = ?)`;
    const [row] = await em.execute<
      Array<{
        walked: number;
        more: boolean;
        last_subscription_id: string | null;
        recipients: Array<[string, string]>;
      }>
    >(
      `with ahead as (
         select s.id, s.subscriber_id from subscriptions s
         where s.channel_id = ? and s.id > ? order by s.id limit ?
       ), walk as (
         select a.id, a.subscriber_id, not (u.banned or u.muted_notification_types @> ?::jsonb) as wants
         from (select * from ahead order by id limit ?) a join users u on u.id = a.subscriber_id
       ), told as (
         insert into notifications (id, user_id, type, data, created_at, updated_at)
         select gen_random_uuid(), walk.subscriber_id, ?, ?::jsonb, ?, ? from walk
         where walk.wants ${exceptTold ? notToldYet : ''}
         returning user_id, id
       )
       select (select count(*)::int from walk) as walked,
              (select count(*) from ahead) > ? as more,
              (select id from walk order by id desc limit 1) as last_subscription_id,
              coalesce((select json_agg(json_build_array(user_id, id)) from told), '[]') as recipients`,
      [
        video.channel.id,
        afterSubscriptionId ?? FIRST_UUID,
        limit + 1,
        JSON.stringify([type]),
        limit,
        type,
        JSON.stringify(video),
        createdAt,
        createdAt,
        ...(exceptTold ? [type, video.videoId] : []),
        limit,
      ],
    );
    return {
      walked: row.walked,
      more: row.more,
      lastSubscriptionId: row.last_subscription_id ?? undefined,
      recipients: row.recipients,
    };
  }
}

function toAnnounced(row: VideoRow): AnnouncedVideo {
  return {
    videoId: row.id,
    title: row.title,
    channel: { id: row.owner_id, username: row.username, displayName: row.display_name },
  };
}
