import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

export interface SubscriptionChange {
  /** Whether this call added (or removed) the subscription: false when it was already so. */
  changed: boolean;
  subscribers: number;
}

/**
 * The subscription row and the channel's `subscriber_count` change in one statement, so the count stays
 * exact when many people (or the same person twice) subscribe at once.
 */
@Injectable()
export class SubscriptionStore {
  async add(em: EntityManager, subscriberId: string, channelId: string): Promise<SubscriptionChange | null> {
    return this.change(
      em,
      `with changed as (
         insert into subscriptions (id, subscriber_id, channel_id) values (?, ?, ?)
         on conflict (subscriber_id, channel_id) do nothing returning 1)
       update users set subscriber_count = subscriber_count + (select count(*) from changed)
       where id = ? returning subscriber_count, (select count(*) from changed)::int as changed`,
      [randomUUID(), subscriberId, channelId, channelId],
    );
  }

  async remove(
    em: EntityManager,
    subscriberId: string,
    channelId: string,
  ): Promise<SubscriptionChange | null> {
    return this.change(
      em,
      `with changed as (
         delete from subscriptions where subscriber_id = ? and channel_id = ? returning 1)
       update users set subscriber_count = greatest(subscriber_count - (select count(*) from changed), 0)
       where id = ? returning subscriber_count, (select count(*) from changed)::int as changed`,
      [subscriberId, channelId, channelId],
    );
  }

  /** Null when the channel is gone. */
  private async change(
    em: EntityManager,
    sql: string,
    params: unknown[],
  ): Promise<SubscriptionChange | null> {
    const rows = await em.execute<Array<{ subscriber_count: number; changed: number }>>(sql, params);
    return rows[0] ? { changed: rows[0].changed > 0, subscribers: rows[0].subscriber_count } : null;
  }
}
