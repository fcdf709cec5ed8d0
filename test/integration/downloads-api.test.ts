import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { QueueName, RedisKeys, redisOptions } from '@clipstream/core';
import { generateSourceVideo, MediaOrigin, SourceVideo, startMediaOrigin } from '../support/media-origin';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

/** The downloads API without a worker: jobs stay queued, so only the records and the queue are checked. */
describe('downloads: API', () => {
  const prefix = `${process.env.REDIS_PREFIX}-downloads-api`;
  let server: TestServer;
  let origin: MediaOrigin;
  let source: SourceVideo;
  let root: string;
  let queue: Queue;
  let api: Api;
  let alice: Session;
  let url: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'downloads-api-'));
    source = await generateSourceVideo(root, { seconds: 60, height: 360 });
    origin = await startMediaOrigin({ root });
    url = `${origin.url}/${source.mp4Name}`;
    server = await startTestServer({
      REDIS_PREFIX: prefix,
      RATE_LIMIT_DOWNLOADS: '8/3600',
      DOWNLOAD_MAX_SEGMENT_SECONDS: '50',
      // the 60 s source is about 2 MB: 45 s of it is over this, 10 s well under
      DOWNLOAD_MAX_BYTES: String(1024 ** 2),
    });
    queue = new Queue(QueueName.download, {
      connection: redisOptions(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'),
      prefix: RedisKeys.bull(prefix),
    });
    api = new Api(server.baseUrl);
    alice = await registerUser(api);
  });

  afterAll(async () => {
    await queue?.close();
    await server?.close();
    await origin?.close();
    rmSync(root, { recursive: true, force: true });
  });

  async function queuedFor(downloadId: string) {
    const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
    return jobs.filter((job) => job.data.downloadId === downloadId);
  }

  it('records a segment, queues one job and shows it to its owner', async () => {
    const created = await alice.api.post('/api/downloads', {
      url,
      start: '00:00:10',
      end: 20.5,
      quality: '720p',
    });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      status: 'pending',
      duration: 10.5,
      progress: 0,
    });
    // 360p is the nearest quality on offer: 10.5 s of a ~2 MB, 60 s source
    expect(created.body.estimatedSize).toBeGreaterThan(100_000);
    expect(created.body.estimatedSize).toBeLessThan(1_000_000);
    expect(created.body.fileName).toMatch(/\.mp4$/);
    expect(await queuedFor(created.body.id)).toHaveLength(1);

    const shown = await alice.api.get(`/api/downloads/${created.body.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      id: created.body.id,
      status: 'pending',
      progress: 0,
      etaSeconds: null,
      fileUrl: null,
      fileSize: null,
      error: null,
      expiresAt: null,
      start: 10,
      end: 20.5,
      quality: '720p',
      format: 'mp4',
    });
    const file = await alice.api.get(`/api/downloads/${created.body.id}/file`);
    expect(file.status).toBe(409);
  });

  it('takes a batch with one inspection and one job per segment, answering in order', async () => {
    const bob = await registerUser(api);
    const created = await bob.api.post('/api/downloads', {
      url,
      segments: [
        { start: 0, end: 5 },
        { start: '00:30', end: '00:40', name: 'Part two: the "middle"' },
      ],
      format: 'mp3',
    });
    expect(created.status).toBe(202);
    expect(created.body).toHaveLength(2);
    expect(created.body.map((download: { duration: number }) => download.duration)).toEqual([5, 10]);
    expect(created.body[0]).toMatchObject({ status: 'pending', quality: 'audio', format: 'mp3' });
    expect(created.body[1].fileName).toMatch(/^Part.two.*middle.*\.mp3$/);
    expect(created.body[1].fileName).not.toMatch(/["/\\]/);
    for (const download of created.body) expect(await queuedFor(download.id)).toHaveLength(1);

    const history = await bob.api.get('/api/downloads?page=1&pageSize=1');
    expect(history.status).toBe(200);
    expect(history.body.total).toBe(2);
    expect(history.body.items).toHaveLength(1);
    const all = await bob.api.get('/api/downloads');
    expect(all.body.items.map((download: { id: string }) => download.id).sort()).toEqual(
      created.body.map((download: { id: string }) => download.id).sort(),
    );
  });

  it.each([
    [{ start: 'soon', end: 10 }, /^start "soon" is not a time/],
    [{ start: 20, end: 10 }, /^start must be before end/],
    [{ start: 20, end: 61 }, /^end 61 is past the video's duration/],
    [{ start: '1:75', end: '2:00' }, /^start "1:75": seconds must be below 60/],
    [{ start: 0, end: 55 }, /^end: .*more than the maximum of 50 s/],
    [{ start: 0, end: 45 }, /^end: the segment would be about \d+ MB, more than the maximum/],
    [{ start: 10 }, /^end is required/],
    [{ start: 0, end: true }, /^end must be seconds/],
    [
      {
        segments: [
          { start: 0, end: 5 },
          { start: 9, end: 8 },
        ],
      },
      /^segments\[1\]\.start must be before end/,
    ],
    [{ start: 0, end: 5, segments: [{ start: 0, end: 5 }] }, /either start and end, or segments/],
    [{ start: 0, end: 5, quality: 'audio', format: 'mp4' }, /quality 'audio' needs format mp3 or m4a/],
    [{ start: 0, end: 5, quality: '8k' }, /^quality must be/],
  ])('refuses %j with a 400 naming the field', async (times, message) => {
    const carol = await registerUser(api);
    const result = await carol.api.post('/api/downloads', { url, ...times });
    expect(result.status).toBe(400);
    expect(result.body.message).toMatch(message);
    expect((await carol.api.get('/api/downloads')).body.total).toBe(0);
  });

  it('refuses hostile URLs with a 400 and records nothing', async () => {
    const dave = await registerUser(api);
    for (const hostile of [
      'file:///etc/passwd',
      '--exec=id',
      `http://127.0.0.2:${origin.port}/${source.mp4Name}`,
    ]) {
      const result = await dave.api.post('/api/downloads', { url: hostile, start: 0, end: 5 });
      expect(result.status).toBe(400);
      expect(result.body.message).toMatch(/^url /);
    }
    expect((await dave.api.get('/api/downloads')).body.total).toBe(0);
  });

  it("keeps each person's downloads to themselves", async () => {
    const created = await alice.api.post('/api/downloads', { url, start: 0, end: 3 });
    const mallory = await registerUser(api);
    const id = created.body.id;
    const answers = [
      await mallory.api.get(`/api/downloads/${id}`),
      await mallory.api.get(`/api/downloads/${id}/file`),
      await mallory.api.post(`/api/downloads/${id}/cancel`),
      await mallory.api.post(`/api/downloads/${id}/retry`),
      await mallory.api.post(`/api/downloads/${id}/share`),
      await mallory.api.delete(`/api/downloads/${id}`),
      await mallory.api.get('/api/downloads/not-a-uuid'),
    ];
    expect(answers.map(({ status }) => status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    expect((await mallory.api.get('/api/downloads')).body).toEqual({ items: [], total: 0 });
    expect((await alice.api.get(`/api/downloads/${id}`)).body.status).toBe('pending');
    expect((await api.get(`/api/downloads/${id}`)).status).toBe(401);
  });

  it('cancels a pending download, retries it with a new job, and deletes it', async () => {
    const erin = await registerUser(api);
    const created = await erin.api.post('/api/downloads', { url, start: 0, end: 3 });
    const id = created.body.id;

    expect((await erin.api.post(`/api/downloads/${id}/retry`)).status).toBe(409);
    const cancelled = await erin.api.post(`/api/downloads/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await queuedFor(id)).toHaveLength(0);
    expect((await erin.api.post(`/api/downloads/${id}/cancel`)).status).toBe(409);

    const retried = await erin.api.post(`/api/downloads/${id}/retry`);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ status: 'pending', progress: 0, error: null });
    expect(await queuedFor(id)).toHaveLength(1);

    expect((await erin.api.delete(`/api/downloads/${id}`)).status).toBe(204);
    expect((await erin.api.get(`/api/downloads/${id}`)).status).toBe(404);
  });

  it('limits new downloads per person (a batch of N counts N) with 429 and Retry-After', async () => {
    const frank = await registerUser(api);
    const batch = await frank.api.post('/api/downloads', {
      url,
      segments: Array.from({ length: 6 }, (_, index) => ({ start: index, end: index + 1 })),
    });
    expect(batch.status).toBe(202);
    // bad times are refused before they count
    expect((await frank.api.post('/api/downloads', { url, start: 5, end: 1 })).status).toBe(400);
    expect((await frank.api.post('/api/downloads', { url, start: 0, end: 1 })).status).toBe(202);
    const over = await frank.api.post('/api/downloads', {
      url,
      segments: [
        { start: 0, end: 1 },
        { start: 1, end: 2 },
      ],
    });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.body).toMatchObject({
      statusCode: 429,
      message: expect.stringMatching(/too many downloads/),
    });
    expect((await frank.api.get('/api/downloads')).body.total).toBe(7);
    // someone else still has their own budget
    expect((await alice.api.post('/api/downloads', { url, start: 0, end: 1 })).status).toBe(202);
  });
});
