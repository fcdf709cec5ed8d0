import { MikroORM } from '@mikro-orm/postgresql';

/**
 * A channel with `followers` subscribers written straight into the tables (registering that many people
 * through the API would take the bench an hour), and what the fan-out bench measures about it: how long
 * the database takes to write that many notification rows in one plain statement.
 */
export async function openLargeChannel(databaseUrl, followers) {
  const { default: core } = await import('../../libs/core/dist/index.js');
  const orm = await MikroORM.init(core.createOrmOptions(databaseUrl));
  const execute = (sql, params = []) => orm.em.fork().getConnection().execute(sql, params);

  const [channel] = await execute(
    `insert into users (id, email, username, display_name, password_hash, muted_notification_types)
     values (gen_random_uuid(), 'bench_large@example.com', 'bench_large', 'Large channel', 'x', '[]')
     returning id`,
  );
  await execute(
    `insert into users (id, email, username, display_name, password_hash, muted_notification_types)
     select gen_random_uuid(), 'bench_follower' || n || '@example.com', 'bench_follower' || n, 'Follower ' || n, 'x', '[]'
     from generate_series(1, ?) n`,
    [followers],
  );
  await execute(
    `insert into subscriptions (id, channel_id, subscriber_id)
     select gen_random_uuid(), ?, id from users where username like 'bench\\_follower%'`,
    [channel.id],
  );
  // as a database that has been running a while knows its tables
  await execute('analyze users, subscriptions');

  return {
    channelId: channel.id,

    /** Seconds to write one notification row per follower in a single statement, then undone. */
    async plainInsertSeconds(videoId) {
      const em = orm.em.fork();
      let seconds = NaN;
      await em
        .transactional(async (tx) => {
          const started = performance.now();
          await tx.execute(
            `insert into notifications (id, user_id, type, data, created_at, updated_at)
             select gen_random_uuid(), subscriber_id, 'video.published', ?::jsonb, now(), now()
             from subscriptions where channel_id = ?`,
            [JSON.stringify({ videoId, title: 'Bench video', channel: { id: channel.id } }), channel.id],
          );
          seconds = (performance.now() - started) / 1000;
          throw new RolledBack();
        })
        .catch((error) => {
          if (!(error instanceof RolledBack)) throw error;
        });
      return seconds;
    },

    /** Notification rows written about the video. */
    async toldOf(videoId) {
      const [{ count }] = await execute(
        `select count(*)::int as count from notifications where type = 'video.published' and data->>'videoId' = ?`,
        [videoId],
      );
      return count;
    },

    close: () => orm.close(),
  };
}

class RolledBack extends Error {}
