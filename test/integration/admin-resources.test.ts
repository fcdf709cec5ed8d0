import { Queue, Worker } from 'bullmq';
import type { DataProvider } from 'ra-core';
import { Download, QueueName, RedisKeys, redisOptions, StorageKeys, User } from '@clipstream/core';
import { Api, registerUser, Session, uniqueName } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { adminDataProvider, failure, registerModerator } from './admin-fixtures';
import { makeReadyVideo, orm, storage, uniqueWord } from './videos-fixtures';

/** Its own queues: the jobs listed here are only this suite's. */
const prefix = `${process.env.REDIS_PREFIX}-admin-resources`;
const connection = redisOptions(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

const page = (perPage: number, pageNumber = 1) => ({ page: pageNumber, perPage });
const ids = (records: Array<{ id: unknown }>) => records.map((record) => record.id);

describe('admin resources through ra-data-simple-rest', () => {
  let server: TestServer;
  let api: Api;
  let moderator: Session;
  let owner: Session;
  let admin: DataProvider;

  beforeAll(async () => {
    server = await startTestServer({ REDIS_PREFIX: prefix });
    api = new Api(server.baseUrl);
    moderator = await registerModerator(server, api);
    owner = await registerUser(api);
    admin = adminDataProvider(server.baseUrl, moderator.token);
  });
  afterAll(() => server.close());

  it('users: list with sort, range and filter; one; many; ban; delete', async () => {
    const tag = uniqueName('zz');
    const people = [];
    for (const suffix of ['c', 'a', 'b']) people.push(await registerUser(api, `${tag}_${suffix}`));

    const first = await admin.getList('users', {
      pagination: page(2),
      sort: { field: 'username', order: 'ASC' },
      filter: { q: tag },
    });
    expect(first.total).toBe(3);
    expect(first.data.map((user) => user.username)).toEqual([`${tag}_a`, `${tag}_b`]);
    const second = await admin.getList('users', {
      pagination: page(2, 2),
      sort: { field: 'username', order: 'ASC' },
      filter: { q: tag },
    });
    expect(second.data.map((user) => user.username)).toEqual([`${tag}_c`]);

    const [c, a] = people;
    expect((await admin.getOne('users', { id: a.user.id })).data).toEqual(
      expect.objectContaining({ username: `${tag}_a`, role: 'user' }),
    );
    expect(ids((await admin.getMany('users', { ids: [a.user.id, c.user.id] })).data).sort()).toEqual(
      [a.user.id, c.user.id].sort(),
    );

    const record = (await admin.getOne('users', { id: a.user.id })).data;
    const banned = await admin.update('users', {
      id: a.user.id,
      data: { ...record, banned: true, banReason: 'spam links' },
      previousData: record,
    });
    expect(banned.data).toEqual(expect.objectContaining({ banned: true, banReason: 'spam links' }));
    expect((await a.api.get('/api/me')).status).toBe(401);

    expect((await admin.delete('users', { id: c.user.id })).data.id).toBe(c.user.id);
    expect((await failure(admin.getOne('users', { id: c.user.id }))).status).toBe(404);
  });

  it('videos: filters, a signed preview of a hidden or private one, hide, rename, reprocess, delete', async () => {
    const word = uniqueWord('adm');
    const publicId = await makeReadyVideo(server, owner.user.id, { title: `${word} c public`, views: 5 });
    const privateId = await makeReadyVideo(server, owner.user.id, {
      title: `${word} a private`,
      visibility: 'private',
    });
    const failedId = await makeReadyVideo(server, owner.user.id, {
      title: `${word} b failed`,
      status: 'failed',
    });

    const list = await admin.getList('videos', {
      pagination: page(2),
      sort: { field: 'title', order: 'ASC' },
      filter: { q: word },
    });
    expect(list.total).toBe(3);
    expect(ids(list.data)).toEqual([privateId, failedId]);
    expect(list.data[0]).toEqual(
      expect.objectContaining({
        title: `${word} a private`,
        status: 'ready',
        visibility: 'private',
        hidden: false,
        owner: expect.objectContaining({ id: owner.user.id, username: owner.user.username }),
        ownerId: owner.user.id,
        duration: 10,
        views: 0,
        createdAt: expect.any(String),
        error: null,
      }),
    );
    const filtered = async (filter: Record<string, unknown>) =>
      ids(
        (
          await admin.getList('videos', {
            pagination: page(10),
            sort: { field: 'createdAt', order: 'DESC' },
            filter: { q: word, ...filter },
          })
        ).data,
      );
    expect(await filtered({ visibility: 'private' })).toEqual([privateId]);
    expect(await filtered({ status: 'failed' })).toEqual([failedId]);
    expect((await filtered({ ownerId: owner.user.id, status: 'ready' })).sort()).toEqual(
      [publicId, privateId].sort(),
    );
    expect(await filtered({ hidden: true })).toEqual([]);
    expect(
      (
        await failure(
          admin.getList('videos', {
            pagination: page(10),
            sort: { field: 'id', order: 'ASC' },
            filter: { status: 'lost' },
          }),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await failure(
          admin.getList('videos', {
            pagination: page(10),
            sort: { field: 'id', order: 'ASC' },
            filter: { ownerId: 'nobody' },
          }),
        )
      ).status,
    ).toBe(400);
    expect(ids((await admin.getMany('videos', { ids: [publicId, failedId] })).data).sort()).toEqual(
      [publicId, failedId].sort(),
    );

    // a moderator previews a private video through signed media URLs
    const secret = (await admin.getOne('videos', { id: privateId })).data;
    expect(secret.hlsUrl).toMatch(/^\/media\/s\/[^/]+\/videos\//);
    expect((await fetch(server.baseUrl + secret.hlsUrl)).status).toBe(200);
    expect((await fetch(server.baseUrl + secret.thumbnailUrl)).status).toBe(200);

    const shown = (await admin.getOne('videos', { id: publicId })).data;
    const hidden = await admin.update('videos', {
      id: publicId,
      data: { ...shown, hidden: true, hiddenReason: 'misleading title' },
      previousData: shown,
    });
    expect(hidden.data).toEqual(
      expect.objectContaining({ hidden: true, hlsUrl: expect.stringMatching(/^\/media\/s\//) }),
    );
    expect((await api.get(`/api/videos/${publicId}`)).status).toBe(404);
    expect(await filtered({ hidden: true })).toEqual([publicId]);
    const renamed = await admin.update('videos', {
      id: publicId,
      data: { ...hidden.data, title: `${word} renamed` },
      previousData: hidden.data,
    });
    expect(renamed.data.title).toBe(`${word} renamed`);
    expect(
      (
        await failure(
          admin.update('videos', {
            id: publicId,
            data: { visibility: 'secret' },
            previousData: renamed.data,
          }),
        )
      ).status,
    ).toBe(400);

    const reprocessed = await moderator.api.post(`/api/admin/videos/${failedId}/reprocess`);
    expect([reprocessed.status, reprocessed.body.status]).toEqual([202, 'pending']);
    const transcodes = new Queue(QueueName.transcode, { connection, prefix: RedisKeys.bull(prefix) });
    const queued = await transcodes.getJobs(['waiting']);
    expect(queued.map((job) => job.data.videoId)).toContain(failedId);
    await transcodes.close();
    expect((await moderator.api.post(`/api/admin/videos/${failedId}/reprocess`)).status).toBe(409);

    const removed = await admin.delete('videos', { id: privateId });
    expect(removed.data.id).toBe(privateId);
    expect((await failure(admin.getOne('videos', { id: privateId }))).status).toBe(404);
    expect(await storage(server).exists(StorageKeys.original(privateId, 'mp4'))).toBe(false);
    expect(await storage(server).exists(StorageKeys.hlsMaster(privateId))).toBe(false);
  });

  it('comments: filters, one, many, delete with the replies', async () => {
    const word = uniqueWord('cmt');
    const videoId = await makeReadyVideo(server, owner.user.id);
    const otherVideoId = await makeReadyVideo(server, owner.user.id);
    const commenter = await registerUser(api);
    const say = async (session: Session, video: string, body: string, parentId?: string) =>
      (await session.api.post(`/api/videos/${video}/comments`, { body, parentId })).body;
    const thread = await say(commenter, videoId, `${word} first`);
    const reply = await say(owner, videoId, `${word} reply`, thread.id);
    const elsewhere = await say(commenter, otherVideoId, `${word} elsewhere`);

    const all = await admin.getList('comments', {
      pagination: page(10),
      sort: { field: 'createdAt', order: 'ASC' },
      filter: { q: word },
    });
    expect([all.total, ids(all.data)]).toEqual([3, [thread.id, reply.id, elsewhere.id]]);
    expect(all.data[1]).toEqual(
      expect.objectContaining({
        body: `${word} reply`,
        video: { id: videoId, title: 'A ready video' },
        videoId,
        author: { id: owner.user.id, username: owner.user.username },
        authorId: owner.user.id,
        parentId: thread.id,
      }),
    );
    const filtered = async (filter: Record<string, unknown>) =>
      ids(
        (
          await admin.getList('comments', {
            pagination: page(10),
            sort: { field: 'createdAt', order: 'ASC' },
            filter,
          })
        ).data,
      );
    expect(await filtered({ videoId: otherVideoId })).toEqual([elsewhere.id]);
    expect(await filtered({ authorId: commenter.user.id, q: word })).toEqual([thread.id, elsewhere.id]);
    expect((await admin.getOne('comments', { id: thread.id })).data.replyCount).toBe(1);
    expect(ids((await admin.getMany('comments', { ids: [reply.id] })).data)).toEqual([reply.id]);

    expect((await admin.delete('comments', { id: thread.id })).data.id).toBe(thread.id);
    expect(await filtered({ videoId })).toEqual([]);
    expect((await api.get(`/api/videos/${videoId}`)).body.commentCount).toBe(0);
  });

  it('downloads: every user’s, filters, one, many, cancel, delete', async () => {
    const word = uniqueWord('dl');
    const em = orm(server).em.fork();
    const downloader = em.getReference(User, owner.user.id);
    const running = em.create(Download, {
      user: downloader,
      url: `https://example.com/${word}`,
      title: `${word} running`,
      fileName: 'a.mp4',
    });
    const done = em.create(Download, {
      user: downloader,
      url: `https://example.com/${word}`,
      title: `${word} done`,
      fileName: 'b.mp4',
      status: 'completed',
      createdAt: new Date(Date.now() - 60_000),
    });
    await em.flush();

    const list = await admin.getList('downloads', {
      pagination: page(10),
      sort: { field: 'createdAt', order: 'DESC' },
      filter: { q: word },
    });
    expect([list.total, ids(list.data)]).toEqual([2, [running.id, done.id]]);
    expect(list.data[0]).toEqual(
      expect.objectContaining({
        status: 'pending',
        title: `${word} running`,
        user: { id: owner.user.id, username: owner.user.username },
        userId: owner.user.id,
      }),
    );
    const filtered = async (filter: Record<string, unknown>) =>
      ids(
        (
          await admin.getList('downloads', {
            pagination: page(10),
            sort: { field: 'createdAt', order: 'DESC' },
            filter,
          })
        ).data,
      );
    expect(await filtered({ userId: owner.user.id, status: 'completed', q: word })).toEqual([done.id]);
    expect((await admin.getOne('downloads', { id: running.id })).data.fileName).toBe('a.mp4');
    expect(ids((await admin.getMany('downloads', { ids: [done.id] })).data)).toEqual([done.id]);

    const record = (await admin.getOne('downloads', { id: running.id })).data;
    const cancelled = await admin.update('downloads', {
      id: running.id,
      data: { ...record, status: 'cancelled' },
      previousData: record,
    });
    expect(cancelled.data.status).toBe('cancelled');
    expect((await owner.api.get(`/api/downloads/${running.id}`)).body.status).toBe('cancelled');
    expect(
      (
        await failure(
          admin.update('downloads', { id: done.id, data: { status: 'cancelled' }, previousData: {} }),
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await failure(
          admin.update('downloads', { id: done.id, data: { status: 'pending' }, previousData: {} }),
        )
      ).status,
    ).toBe(400);

    expect((await admin.delete('downloads', { id: done.id })).data.id).toBe(done.id);
    expect((await owner.api.get(`/api/downloads/${done.id}`)).status).toBe(404);
  });

  it('jobs: by queue and state, counts, one, many, retry a failed one, remove', async () => {
    const queue = new Queue(QueueName.cleanup, { connection, prefix: RedisKeys.bull(prefix) });
    const worker = new Worker(
      QueueName.cleanup,
      async () => {
        throw new Error('boom: this job fails on purpose');
      },
      { connection, prefix: RedisKeys.bull(prefix) },
    );
    const failedOnce = new Promise((resolve) => worker.once('failed', resolve));
    const failing = await queue.add(QueueName.cleanup, {});
    await failedOnce;
    await worker.close();
    const waiting = await queue.add(QueueName.cleanup, {}, { delay: 0 });
    const failedId = `cleanup:${failing.id}`;
    const waitingId = `cleanup:${waiting.id}`;

    const failed = await admin.getList('jobs', {
      pagination: page(10),
      sort: { field: 'timestamp', order: 'DESC' },
      filter: { queue: 'cleanup', state: 'failed' },
    });
    expect(failed.total).toBe(1);
    expect(failed.data[0]).toEqual(
      expect.objectContaining({
        id: failedId,
        queue: 'cleanup',
        name: 'cleanup',
        state: 'failed',
        data: {},
        failedReason: 'boom: this job fails on purpose',
        attemptsMade: 1,
        timestamp: expect.any(Number),
        finishedOn: expect.any(Number),
      }),
    );
    const newest = await admin.getList('jobs', {
      pagination: page(1),
      sort: { field: 'timestamp', order: 'DESC' },
      filter: { queue: 'cleanup' },
    });
    expect([newest.total, ids(newest.data)]).toEqual([2, [waitingId]]);
    const oldest = await admin.getList('jobs', {
      pagination: page(1),
      sort: { field: 'id', order: 'ASC' },
      filter: { queue: 'cleanup' },
    });
    expect(ids(oldest.data)).toEqual([failedId]);
    expect(
      (
        await failure(
          admin.getList('jobs', {
            pagination: page(1),
            sort: { field: 'id', order: 'ASC' },
            filter: { state: 'stuck' },
          }),
        )
      ).status,
    ).toBe(400);

    expect((await admin.getOne('jobs', { id: waitingId })).data.state).toBe('waiting');
    expect(ids((await admin.getMany('jobs', { ids: [failedId, waitingId] })).data)).toEqual([
      failedId,
      waitingId,
    ]);
    expect((await failure(admin.getOne('jobs', { id: 'nowhere:1' }))).status).toBe(404);

    const counts = (await moderator.api.get('/api/admin/jobs/counts')).body;
    expect(counts.cleanup).toEqual({ waiting: 1, active: 0, completed: 0, failed: 1, delayed: 0 });
    expect(Object.keys(counts).sort()).toEqual(['cleanup', 'download', 'import', 'notify', 'transcode']);

    const retried = await moderator.api.post(`/api/admin/jobs/${encodeURIComponent(failedId)}/retry`);
    expect([retried.status, retried.body.state]).toEqual([200, 'waiting']);
    expect((await moderator.api.post(`/api/admin/jobs/${encodeURIComponent(waitingId)}/retry`)).status).toBe(
      409,
    );

    expect((await admin.delete('jobs', { id: waitingId })).data.id).toBe(waitingId);
    expect((await failure(admin.getOne('jobs', { id: waitingId }))).status).toBe(404);
    await queue.close();
  });

  it('audit logs: who did what to which record, and why', async () => {
    const list = await admin.getList('audit-logs', {
      pagination: page(100),
      sort: { field: 'createdAt', order: 'DESC' },
      filter: { actorId: moderator.user.id },
    });
    expect(new Set(list.data.map((entry) => entry.action))).toEqual(
      new Set([
        'user.ban',
        'user.delete',
        'video.hide',
        'video.rename',
        'video.reprocess',
        'video.delete',
        'comment.delete',
        'download.cancel',
        'download.delete',
        'job.retry',
        'job.remove',
      ]),
    );
    expect(list.data.every((entry) => entry.actor.username === moderator.user.username)).toBe(true);
    const hides = await admin.getList('audit-logs', {
      pagination: page(10),
      sort: { field: 'createdAt', order: 'DESC' },
      filter: { action: 'video.hide', actorId: moderator.user.id },
    });
    expect(hides.data).toEqual([
      expect.objectContaining({
        targetType: 'video',
        reason: 'misleading title',
        createdAt: expect.any(String),
      }),
    ]);
    expect((await admin.getOne('audit-logs', { id: hides.data[0].id })).data.action).toBe('video.hide');
  });

  it('stats: counts, storage by kind, queues and the last 30 days', async () => {
    const stats = (await moderator.api.get('/api/admin/stats')).body;
    expect(stats.counts).toEqual({
      users: expect.any(Number),
      videos: expect.any(Number),
      comments: expect.any(Number),
      downloads: expect.any(Number),
      openReports: expect.any(Number),
    });
    expect(stats.counts.videos).toBeGreaterThanOrEqual(4);
    expect(stats.storage.videos).toBeGreaterThan(0);
    expect(stats.storage.originals).toBeGreaterThan(0);
    expect(stats.storage).toEqual(
      expect.objectContaining({ downloads: expect.any(Number), images: expect.any(Number) }),
    );
    expect(stats.queues.cleanup).toEqual(expect.objectContaining({ waiting: 1 }));
    const today = new Date().toISOString().slice(0, 10);
    for (const series of ['uploads', 'downloads', 'signups']) {
      expect(stats.daily[series]).toHaveLength(30);
      expect(stats.daily[series].at(-1).date).toBe(today);
    }
    const total = (series: Array<{ count: number }>) => series.reduce((sum, day) => sum + day.count, 0);
    expect(total(stats.daily.uploads)).toBeGreaterThanOrEqual(4);
    expect(total(stats.daily.signups)).toBeGreaterThanOrEqual(5);
    expect(total(stats.daily.downloads)).toBeGreaterThanOrEqual(1);
  });
});
