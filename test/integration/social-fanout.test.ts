import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Queue, QueueEvents } from 'bullmq';
import { loadConfig, NotifyJob, QueueName, RedisKeys, redisOptions, SocketEvents } from '@clipstream/core';
import { generateVideo, tempDir } from '../../libs/media/src/process/test-media';
import { createWorkerApp, EventPublisher } from '../../apps/worker/src';
import { FANOUT_BATCH_SIZE, FANOUT_CHUNK_SIZE } from '../../apps/worker/src/fanout/notify-jobs';
import { PublishedVideoFanout } from '../../apps/worker/src/fanout/published-video-fanout';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { connectAs, LiveSocket } from './social-fixtures';
import { makeReadyVideo } from './videos-fixtures';

// a prefix and data folder of its own: this suite runs a worker, others count on queued jobs staying queued
process.env.REDIS_PREFIX = `${process.env.REDIS_PREFIX}-social-fanout`;
process.env.DATA_DIR = join(process.env.DATA_DIR as string, 'social-fanout');

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('video.published fan-out (real worker, queue and sockets)', () => {
  let server: TestServer;
  let worker: INestApplicationContext;
  let api: Api;
  let queue: Queue<NotifyJob>;
  let queueEvents: QueueEvents;
  let orm: MikroORM;
  let dir: string;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    process.env.TRANSCODE_PROFILE = JSON.stringify({ preset: 'ultrafast', segmentSeconds: 2 });
    server = await startTestServer();
    worker = await createWorkerApp(loadConfig());
    api = new Api(server.baseUrl);
    orm = server.app.get(MikroORM);
    const config = loadConfig();
    const connection = redisOptions(config.REDIS_URL);
    const prefix = RedisKeys.bull(config.REDIS_PREFIX);
    queue = new Queue(QueueName.notify, { connection, prefix });
    queueEvents = new QueueEvents(QueueName.notify, { connection, prefix });
    await queueEvents.waitUntilReady();
    dir = await tempDir('social-fanout');
  });
  afterAll(async () => {
    sockets.forEach((live) => live.close());
    await queueEvents?.close();
    await queue?.close();
    await worker?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function live(session: Session, options?: Parameters<typeof connectAs>[2]): Promise<LiveSocket> {
    const socket = await connectAs(server.baseUrl, session, options);
    sockets.push(socket);
    return socket;
  }

  const follow = (fan: Session, channel: Session) =>
    fan.api.put(`/api/channels/${channel.user.username}/subscription`);

  async function announce(videoId: string) {
    const job = await queue.add(QueueName.notify, { kind: 'video.published', videoId });
    return job.waitUntilFinished(queueEvents);
  }

  async function rowsOf(videoId: string): Promise<Array<{ user_id: string }>> {
    return orm.em
      .fork()
      .execute(`select user_id from notifications where type = 'video.published' and data->>'videoId' = ?`, [
        videoId,
      ]);
  }

  /** Events are published in order through one Redis connection: once this marker is in, earlier ones are too. */
  async function flush(socket: LiveSocket, userId: string): Promise<void> {
    const marker = `marker-${Math.random()}`;
    worker
      .get(EventPublisher)
      .toUser(userId, SocketEvents.notification, { id: marker, type: 'video.ready', createdAt: '' });
    await socket.next(SocketEvents.notification, (payload) => payload.id === marker);
  }

  it('A follows B, B publishes a public video: A is told live, with a row first', async () => {
    const [a, b] = await Promise.all([registerUser(api), registerUser(api)]);
    await follow(a, b);
    const aLive = await live(a);

    const form = new FormData();
    form.set('title', 'Fresh from B');
    form.set('visibility', 'public');
    const source = await generateVideo(join(dir, 'tiny.mp4'), { width: 160, height: 90, seconds: 1 });
    form.set('file', new Blob([await readFile(source)]), 'tiny.mp4');
    const uploaded = await fetch(`${server.baseUrl}/api/videos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${b.token}` },
      body: form,
    }).then((response) => response.json());

    const event = await aLive.next(SocketEvents.notification, (n) => n.type === 'video.published');
    expect(event).toEqual({
      id: expect.any(String),
      type: 'video.published',
      createdAt: expect.any(String),
      videoId: uploaded.id,
      title: 'Fresh from B',
      channel: { id: b.user.id, username: b.user.username, displayName: expect.any(String) },
    });
    expect((await api.get(`/api/videos/${uploaded.id}`)).body.status).toBe('ready');
    const listed = await a.api.get('/api/notifications?unread=true');
    expect(listed.body.items).toContainEqual({ ...event, readAt: null });
  });

  it('announces a video once, and not to those who muted it', async () => {
    const [channel, fan, quiet] = await Promise.all([
      registerUser(api),
      registerUser(api),
      registerUser(api),
    ]);
    await follow(fan, channel);
    await follow(quiet, channel);
    await quiet.api.put('/api/me/notification-settings', { muted: ['video.published'] });
    const [fanLive, quietLive] = await Promise.all([live(fan), live(quiet)]);
    const videoId = await makeReadyVideo(server, channel.user.id, { title: 'Once' });

    expect(await announce(videoId)).toEqual({ notified: 1, announced: true });
    await fanLive.next(SocketEvents.notification, (n) => n.videoId === videoId);
    expect(await announce(videoId)).toEqual({ notified: 0, announced: false });
    expect((await rowsOf(videoId)).map((row) => row.user_id)).toEqual([fan.user.id]);

    await flush(quietLive, quiet.user.id);
    expect(quietLive.received(SocketEvents.notification).filter((n) => n.videoId === videoId)).toEqual([]);
    await flush(fanLive, fan.user.id);
    expect(fanLive.received(SocketEvents.notification).filter((n) => n.videoId === videoId)).toHaveLength(1);

    // private, unlisted and hidden videos are not announced
    for (const options of [
      { visibility: 'private' as const },
      { visibility: 'unlisted' as const },
      { hidden: true },
    ]) {
      const other = await makeReadyVideo(server, channel.user.id, options);
      expect(await announce(other)).toEqual({ notified: 0, announced: false });
    }
  });

  it('tells every connection of a person the same, over WebSocket and over long-polling', async () => {
    const [channel, fan] = await Promise.all([registerUser(api), registerUser(api)]);
    await follow(fan, channel);
    const [framed, polling] = await Promise.all([live(fan), live(fan, { transport: 'polling' })]);
    const videoId = await makeReadyVideo(server, channel.user.id, { title: 'Ünïcode «title» before the id' });

    expect(await announce(videoId)).toEqual({ notified: 1, announced: true });
    const [overWebSocket, overPolling] = await Promise.all(
      [framed, polling].map((socket) => socket.next(SocketEvents.notification, (n) => n.videoId === videoId)),
    );
    expect(overWebSocket).toEqual(overPolling);
    const listed = await fan.api.get('/api/notifications');
    expect(listed.body.items).toContainEqual({ ...overWebSocket, readAt: null });
  });

  it('announces a ready video made public later, the first time only', async () => {
    const [channel, fan] = await Promise.all([registerUser(api), registerUser(api)]);
    await follow(fan, channel);
    const fanLive = await live(fan);
    const videoId = await makeReadyVideo(server, channel.user.id, {
      visibility: 'private',
      title: 'Now public',
    });

    const patch = (visibility: string) => channel.api.patch(`/api/videos/${videoId}`, { visibility });
    expect((await patch('public')).status).toBe(200);
    const event = await fanLive.next(SocketEvents.notification, (n) => n.videoId === videoId);
    expect(event).toMatchObject({ type: 'video.published', title: 'Now public' });

    await patch('private');
    await patch('public');
    await waitFor(
      () => queue.getJobCounts('waiting', 'active', 'delayed'),
      (c) => c.waiting + c.active + c.delayed === 0,
      'the queue to drain',
    );
    await flush(fanLive, fan.user.id);
    expect(fanLive.received(SocketEvents.notification).filter((n) => n.videoId === videoId)).toHaveLength(1);
    expect(await rowsOf(videoId)).toHaveLength(1);
  });

  async function channelWithFans(count: number): Promise<Session> {
    const channel = await registerUser(api);
    const em = orm.em.fork();
    const tag = `f${channel.user.username}`.slice(0, 20);
    // every tenth of them muted new videos
    await em.execute(
      `insert into users (id, email, username, display_name, password_hash, muted_notification_types)
       select gen_random_uuid(), ? || n || '@example.com', ? || n, 'Fan ' || n, 'x',
              case when n % 10 = 0 then '["video.published"]'::jsonb else '[]'::jsonb end
       from generate_series(1, ?) n`,
      [tag, tag, count],
    );
    await em.execute(
      `insert into subscriptions (id, subscriber_id, channel_id)
       select gen_random_uuid(), id, ? from users where username like ?`,
      [channel.user.id, tag.replace(/_/g, '\\_') + '%'],
    );
    return channel;
  }

  it(`walks a large channel in jobs of ${FANOUT_BATCH_SIZE} subscribers, one row per subscriber who wants it`, async () => {
    const fans = FANOUT_BATCH_SIZE + 500;
    const wanting = fans - fans / 10;
    const channel = await channelWithFans(fans);
    const videoId = await makeReadyVideo(server, channel.user.id);

    const first = await announce(videoId);
    expect(first).toEqual({ notified: expect.any(Number), announced: true });
    expect(first.notified).toBeLessThanOrEqual(FANOUT_BATCH_SIZE);
    const rows = await waitFor(
      () => rowsOf(videoId),
      (found) => found.length >= wanting,
      'every batch',
    );
    expect(rows).toHaveLength(wanting);
    expect(new Set(rows.map((row) => row.user_id)).size).toBe(wanting);
    const jobs = await queue.getJobs(['completed', 'active', 'waiting']);
    const batches = jobs.filter((job) => job.data.videoId === videoId);
    expect(batches.map((job) => job.data.afterSubscriptionId === undefined).sort()).toEqual([false, true]);
  });

  it('tells each follower of a chunk their own notification: the row they read from the API', async () => {
    const [channel, fan, other] = await Promise.all([
      registerUser(api),
      registerUser(api),
      registerUser(api),
    ]);
    await follow(fan, channel);
    await follow(other, channel);
    // the fan has two tabs open
    const [fanLive, fanTab, otherLive] = await Promise.all([live(fan), live(fan), live(other)]);
    const videoId = await makeReadyVideo(server, channel.user.id, { title: 'Chunked' });

    expect(await announce(videoId)).toEqual({ notified: 2, announced: true });
    const [fanEvent, tabEvent, otherEvent] = await Promise.all(
      [fanLive, fanTab, otherLive].map((socket) =>
        socket.next(SocketEvents.notification, (n) => n.videoId === videoId),
      ),
    );
    expect(tabEvent).toEqual(fanEvent);
    expect(fanEvent.id).not.toBe(otherEvent.id);
    expect({ ...fanEvent, id: undefined }).toEqual({ ...otherEvent, id: undefined });
    for (const [session, event] of [
      [fan, fanEvent],
      [other, otherEvent],
    ] as const) {
      const listed = await session.api.get('/api/notifications?unread=true');
      expect(listed.body.items).toContainEqual({ ...event, readAt: null });
    }
  });

  it('a job run again tells those its earlier run had not told yet, and nobody twice', async () => {
    const channel = await channelWithFans(3 * FANOUT_CHUNK_SIZE);
    const videoId = await makeReadyVideo(server, channel.user.id);
    const told = await announce(videoId);
    const wanting = 3 * FANOUT_CHUNK_SIZE - (3 * FANOUT_CHUNK_SIZE) / 10;
    expect(told).toEqual({ notified: wanting, announced: true });
    // as if the earlier run had died part-way, with only some of the rows written
    const em = orm.em.fork();
    await em.execute(
      `delete from notifications where id in (select id from notifications
         where type = 'video.published' and data->>'videoId' = ? order by user_id limit ?)`,
      [videoId, wanting - FANOUT_CHUNK_SIZE],
    );

    const fanout = worker.get(PublishedVideoFanout);
    expect(await fanout.run({ kind: 'video.published', videoId }, true)).toEqual({
      notified: wanting - FANOUT_CHUNK_SIZE,
      announced: true,
    });
    const rows = await rowsOf(videoId);
    expect(rows).toHaveLength(wanting);
    expect(new Set(rows.map((row) => row.user_id)).size).toBe(wanting);
    // a first run finds the video announced already
    expect(await fanout.run({ kind: 'video.published', videoId })).toEqual({ notified: 0, announced: false });
  });
});
