import { execFile } from 'node:child_process';
import { linkSync, mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import { io, Socket } from 'socket.io-client';
import {
  Download,
  loadConfig,
  Notification,
  QueueName,
  RedisKeys,
  redisOptions,
  Storage,
  StorageKeys,
  User,
  Video,
} from '@clipstream/core';
import { ShareLinkSigner } from '../../apps/server/src/downloads/share-link-signer';
import { createWorkerApp } from '../../apps/worker/src';
import { generateSourceVideo, MediaOrigin, SourceVideo, startMediaOrigin } from '../support/media-origin';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

// server and worker share a Redis prefix and data folder of their own: other files may run workers too
process.env.REDIS_PREFIX = `${process.env.REDIS_PREFIX}-downloads-worker`;
process.env.DATA_DIR = join(process.env.DATA_DIR as string, 'downloads-worker');
// a quota large enough for every download here: imports are charged to it like uploads
const QUOTA_BYTES = 1_000_000_000;
process.env.USER_QUOTA_BYTES = String(QUOTA_BYTES);
// imports go on through the transcode pipeline: fast, so the tests that wait for a ready video wait little
process.env.TRANSCODE_PROFILE = JSON.stringify({ preset: 'ultrafast', segmentSeconds: 2 });

const run = promisify(execFile);
jest.setTimeout(120_000);

interface Probe {
  duration: number;
  formatName: string;
  streams: Array<{ codec_type: string; codec_name: string }>;
}

async function probe(path: string): Promise<Probe> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_format',
    '-show_streams',
    path,
  ]);
  const json = JSON.parse(stdout);
  return {
    duration: Number(json.format.duration),
    formatName: json.format.format_name,
    streams: json.streams,
  };
}

describe('downloads: worker', () => {
  let server: TestServer;
  let worker: INestApplicationContext;
  let origin: MediaOrigin;
  let slowOrigin: MediaOrigin;
  let source: SourceVideo;
  /** Long enough that a segment is a small part of it, low enough to cut quickly. */
  let longSource: SourceVideo;
  let root: string;
  let api: Api;
  let alice: Session;
  let storage: Storage;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'downloads-worker-'));
    source = await generateSourceVideo(root, { seconds: 60, height: 360 });
    longSource = await generateSourceVideo(root, { seconds: 600, height: 240 });
    origin = await startMediaOrigin({ root });
    // ~1 s of the source per second: a download of most of it takes long enough to be cancelled mid-way
    slowOrigin = await startMediaOrigin({ root, throttleBytesPerSecond: 40_000 });
    server = await startTestServer();
    worker = await createWorkerApp(loadConfig());
    storage = worker.get(Storage);
    api = new Api(server.baseUrl);
    alice = await registerUser(api);
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await worker?.close();
    await server?.close();
    await origin?.close();
    await slowOrigin?.close();
    rmSync(root, { recursive: true, force: true });
  });

  async function waitFor<T>(
    what: string,
    read: () => Promise<T>,
    done: (value: T) => boolean,
    attempts = 600,
  ): Promise<T> {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  function settled(session: Session, id: string) {
    return waitFor(
      `download ${id} to settle`,
      async () => (await session.api.get(`/api/downloads/${id}`)).body,
      (download) => ['completed', 'failed', 'cancelled'].includes(download.status),
    );
  }

  async function tmpLeftovers(id: string): Promise<string[]> {
    const files: string[] = [];
    for await (const { key } of storage.list(StorageKeys.tmpDir())) if (key.includes(id)) files.push(key);
    return files;
  }

  it('downloads only the segment, cut to length, with live progress and a notification', async () => {
    const socket = io(server.baseUrl, {
      path: '/socket.io/',
      auth: { token: alice.token },
      transports: ['websocket'],
    });
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const events: Array<[string, any]> = [];
    socket.onAny((event, payload) => events.push([event, payload]));

    const path = `/${longSource.mp4Name}`;
    // the server's inspection is handed to the worker: what follows is the download alone
    expect((await alice.api.post('/api/sources/inspect', { url: origin.url + path })).status).toBe(200);
    origin.resetCounts();
    const created = await alice.api.post('/api/downloads', {
      url: origin.url + path,
      start: '00:04:00',
      end: '00:04:06.5',
    });
    expect(created.status).toBe(202);
    const download = await settled(alice, created.body.id);
    expect(download).toMatchObject({
      status: 'completed',
      progress: 100,
      error: null,
      fileUrl: `/api/downloads/${download.id}/file`,
    });
    expect(download.fileSize).toBeGreaterThan(10_000);
    const ttlMs = Date.parse(download.expiresAt) - Date.parse(download.completedAt);
    expect(ttlMs).toBe(loadConfig().DOWNLOAD_TTL_HOURS * 3_600_000);

    const file = storage.localPath(StorageKeys.download(download.id, download.fileName));
    const facts = await probe(file);
    expect(Math.abs(facts.duration - 6.5)).toBeLessThanOrEqual(0.1);
    expect(facts.streams.map((stream) => stream.codec_type).sort()).toEqual(['audio', 'video']);
    // 6.5 s of a 10-minute source: within the target of 1.3 × the segment's share + 2 MB
    const share = (statSync(longSource.mp4Path).size * 6.5) / longSource.seconds;
    expect(origin.bytesSent(path)).toBeLessThanOrEqual(1.3 * share + 2 * 1024 ** 2);

    const fetched = await fetch(`${server.baseUrl}${download.fileUrl}`, {
      headers: { authorization: `Bearer ${alice.token}` },
    });
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="${download.fileName.replace(/[.]/g, '\\.')}"`),
    );
    expect(fetched.headers.get('content-type')).toBe('video/mp4');
    expect((await fetched.arrayBuffer()).byteLength).toBe(download.fileSize);
    const ranged = await fetch(`${server.baseUrl}${download.fileUrl}`, {
      headers: { authorization: `Bearer ${alice.token}`, range: 'bytes=0-99' },
    });
    expect(ranged.status).toBe(206);
    expect((await ranged.arrayBuffer()).byteLength).toBe(100);
    const outside = await fetch(`${server.baseUrl}${download.fileUrl}`, {
      headers: { authorization: `Bearer ${alice.token}`, range: `bytes=${download.fileSize}-` },
    });
    expect(outside.status).toBe(416);

    const mallory = await registerUser(api);
    expect((await mallory.api.get(`/api/downloads/${download.id}/file`)).status).toBe(404);

    await waitFor(
      'the notification event',
      async () => events,
      (list) => list.some(([event]) => event === 'notification'),
    );
    const progress = events.filter(([event]) => event === 'download.progress').map(([, payload]) => payload);
    expect(progress[progress.length - 1]).toMatchObject({
      downloadId: download.id,
      status: 'completed',
      progress: 100,
    });
    expect(events.find(([event]) => event === 'notification')![1]).toMatchObject({
      type: 'download.completed',
      downloadId: download.id,
    });
    const rows = await server.app.get(MikroORM).em.fork().find(Notification, { user: alice.user.id });
    expect(rows.map((row) => row.type)).toEqual(['download.completed']);
    expect(await tmpLeftovers(download.id)).toEqual([]);
  });

  it('downloads a section of a DASH-only source through yt-dlp, cut to length', async () => {
    const path = `/${longSource.dashName}`;
    origin.resetCounts();
    const created = await alice.api.post('/api/downloads', {
      url: origin.url + path,
      start: '00:00:20',
      end: '00:00:30',
    });
    expect(created.status).toBe(202);
    const download = await settled(alice, created.body.id);
    expect(download).toMatchObject({ status: 'completed', progress: 100, error: null, note: null });
    const facts = await probe(storage.localPath(StorageKeys.download(download.id, download.fileName)));
    expect(Math.abs(facts.duration - 10)).toBeLessThanOrEqual(0.1);
    expect(facts.streams.map((stream) => stream.codec_type).sort()).toEqual(['audio', 'video']);
    // 10 s of a 10-minute source: a small part of it (the first frame is checked in download-segment.spec)
    expect(origin.bytesSent()).toBeLessThan(statSync(longSource.mp4Path).size * 0.1);
    expect(await tmpLeftovers(download.id)).toEqual([]);
  });

  it('gives audio only as a valid MP3', async () => {
    const created = await alice.api.post('/api/downloads', {
      url: `${origin.url}/${source.mp4Name}`,
      start: 5,
      end: 10,
      format: 'mp3',
    });
    const download = await settled(alice, created.body.id);
    expect(download).toMatchObject({ status: 'completed', format: 'mp3', quality: 'audio' });
    expect(download.fileName).toMatch(/\.mp3$/);
    const facts = await probe(storage.localPath(StorageKeys.download(download.id, download.fileName)));
    expect(facts.formatName).toBe('mp3');
    expect(facts.streams.map((stream) => `${stream.codec_type}:${stream.codec_name}`)).toEqual(['audio:mp3']);
    expect(Math.abs(facts.duration - 5)).toBeLessThanOrEqual(0.15);
  });

  it('shares a file through a signed link that works without signing in, and refuses a tampered or expired one', async () => {
    const created = await alice.api.post('/api/downloads', {
      url: `${origin.url}/${source.mp4Name}`,
      start: 1,
      end: 3,
    });
    const download = await settled(alice, created.body.id);
    const shared = await alice.api.post(`/api/downloads/${download.id}/share`);
    expect(shared.status).toBe(200);
    expect(shared.body.url).toMatch(/^\/api\/downloads\/shared\/[\w-]+$/);

    const anonymous = await fetch(server.baseUrl + shared.body.url);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await anonymous.arrayBuffer()).byteLength).toBe(download.fileSize);

    const token = shared.body.url.split('/').pop() as string;
    const tampered = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6);
    expect((await api.get(`/api/downloads/shared/${tampered}`)).status).toBe(403);
    expect((await api.get('/api/downloads/shared/nonsense')).status).toBe(403);
    const expired = server.app.get(ShareLinkSigner).sign(download.id, new Date(Date.now() - 1000));
    const late = await api.get(`/api/downloads/shared/${expired}`);
    expect(late.status).toBe(410);
    expect(late.body.message).toMatch(/expired/);
  });

  it('cancels a running download: the tools stop and no file is left', async () => {
    slowOrigin.resetCounts();
    const created = await alice.api.post('/api/downloads', {
      url: `${slowOrigin.url}/${source.mp4Name}`,
      start: 0,
      end: 55,
    });
    const id = created.body.id;
    await waitFor(
      'the download to make progress',
      async () => (await alice.api.get(`/api/downloads/${id}`)).body,
      (download) => download.status === 'processing' && download.progress > 0,
    );
    const cancelled = await alice.api.post(`/api/downloads/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');

    const queue = new Queue(QueueName.download, {
      connection: redisOptions(loadConfig().REDIS_URL),
      prefix: RedisKeys.bull(process.env.REDIS_PREFIX!),
    });
    try {
      const job = (await queue.getJobs(['active', 'completed', 'waiting'])).find(
        (candidate) => candidate.data.downloadId === id,
      )!;
      await waitFor(
        'the worker to let go',
        () => job.getState(),
        (state) => state === 'completed',
      );
      expect(job.returnvalue ?? (await queue.getJob(job.id!))?.returnvalue).toBe('cancelled');
    } finally {
      await queue.close();
    }
    // the origin stops sending once ffmpeg is killed
    const sent = slowOrigin.bytesSent();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(slowOrigin.bytesSent()).toBe(sent);
    expect(await storage.exists(StorageKeys.downloadDir(id))).toBe(false);
    expect(await tmpLeftovers(id)).toEqual([]);
    expect((await alice.api.get(`/api/downloads/${id}`)).body).toMatchObject({
      status: 'cancelled',
      fileUrl: null,
    });
  });

  it('records a failure with a clear error, and completes on retry', async () => {
    const name = `flaky-${Date.now()}.mp4`;
    linkSync(source.mp4Path, join(root, name));
    const url = `${origin.url}/${name}`;
    expect((await alice.api.post('/api/sources/inspect', { url })).status).toBe(200);
    // the file disappears between the inspection (cached by the server) and the worker's fetch
    const queue = new Queue(QueueName.download, {
      connection: redisOptions(loadConfig().REDIS_URL),
      prefix: RedisKeys.bull(process.env.REDIS_PREFIX!),
    });
    let id: string;
    try {
      await queue.pause();
      id = (await alice.api.post('/api/downloads', { url, start: 2, end: 4 })).body.id;
      unlinkSync(join(root, name));
    } finally {
      await queue.resume();
      await queue.close();
    }
    const failed = await settled(alice, id);
    expect(failed).toMatchObject({ status: 'failed', fileUrl: null });
    expect(failed.error).toMatch(/removed/);

    linkSync(source.mp4Path, join(root, name));
    // what a worker killed mid-download leaves behind; the next attempt clears it
    await storage.write(`${StorageKeys.tmpDir()}/download-${id}/${failed.fileName}.part`, 'half a file');
    expect(await tmpLeftovers(id)).toHaveLength(1);
    const retried = await alice.api.post(`/api/downloads/${id}/retry`);
    expect(retried.status).toBe(202);
    expect(await settled(alice, id)).toMatchObject({ status: 'completed', error: null });
    expect(await tmpLeftovers(id)).toEqual([]);
    const types = (await server.app.get(MikroORM).em.fork().find(Notification, { user: alice.user.id })).map(
      (row) => row.type,
    );
    expect(types).toContain('download.failed');
  });

  it('imports a segment of a URL as a new video and hands it to the transcode pipeline', async () => {
    const url = `${origin.url}/${source.mp4Name}`;
    const created = await alice.api.post('/api/videos/import', {
      url,
      start: 10,
      end: 14,
      title: 'Imported part',
      visibility: 'unlisted',
    });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({
      title: 'Imported part',
      source: 'import',
      sourceUrl: url,
      visibility: 'unlisted',
    });
    const videoId = created.body.id;

    const transcodes = new Queue(QueueName.transcode, {
      connection: redisOptions(loadConfig().REDIS_URL),
      prefix: RedisKeys.bull(process.env.REDIS_PREFIX!),
    });
    try {
      await waitFor(
        'the transcode job',
        async () => (await transcodes.getJobs()).some((job) => job.data.videoId === videoId),
        Boolean,
      );
    } finally {
      await transcodes.close();
    }
    const video = await server.app.get(MikroORM).em.fork().findOneOrFail(Video, videoId);
    expect(video.originalKey).toBe(StorageKeys.original(videoId, 'mp4'));
    const facts = await probe(storage.localPath(video.originalKey!));
    expect(Math.abs(facts.duration - 4)).toBeLessThanOrEqual(0.1);
    expect(await tmpLeftovers(videoId)).toEqual([]);

    const refused = await alice.api.post('/api/videos/import', { url, start: 50, end: 70 });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/^end 70 is past/);

    // charged to alice's storage quota like an upload, and given back when the video is deleted
    const storageUsed = async () =>
      (await server.app.get(MikroORM).em.fork().findOneOrFail(User, alice.user.id)).storageUsed;
    expect(await storageUsed()).toBe(video.originalSize);
    expect((await alice.api.delete(`/api/videos/${videoId}`)).status).toBe(204);
    expect(await storageUsed()).toBe(0);
  });

  it('refuses an import that does not fit in the storage quota', async () => {
    const em = server.app.get(MikroORM).em.fork();
    await em.nativeUpdate(User, alice.user.id, { storageUsed: QUOTA_BYTES - 1000 });
    try {
      const url = `${origin.url}/${source.mp4Name}`;
      const refused = await alice.api.post('/api/videos/import', { url, start: 10, end: 14 });
      expect(refused.status).toBe(413);
      expect(refused.body.message).toMatch(
        /does not fit in your storage quota: 1000 bytes left, about .* needed/,
      );
      expect(await em.count(Video, { owner: alice.user.id, source: 'import' })).toBe(0);
    } finally {
      await em.nativeUpdate(User, alice.user.id, { storageUsed: 0 });
    }
  });

  /** The video once the pipeline is done with it, ready or failed. */
  async function settledVideo(session: Session, id: string) {
    return waitFor(
      `video ${id} to settle`,
      async () => (await session.api.get(`/api/videos/${id}`)).body,
      (video) => video.status === 'ready' || video.status === 'failed',
      1200,
    );
  }

  it('files an imported video, whole or a segment, under the category chosen at import', async () => {
    const url = `${origin.url}/${source.mp4Name}`;
    const whole = await alice.api.post('/api/videos/import', { url, category: ' Music ' });
    const segment = await alice.api.post('/api/videos/import', {
      url,
      start: 20,
      end: 24,
      title: 'Filed part',
      category: 'science-technology',
    });
    expect(whole.status).toBe(202);
    expect(whole.body).toMatchObject({ source: 'import', category: 'music' });
    expect(segment.status).toBe(202);
    expect(segment.body).toMatchObject({ title: 'Filed part', category: 'science-technology' });

    expect(await settledVideo(alice, whole.body.id)).toMatchObject({ status: 'ready', category: 'music' });
    expect(await settledVideo(alice, segment.body.id)).toMatchObject({
      status: 'ready',
      category: 'science-technology',
    });
    // and it is found under it like any video
    const listed = await api.get('/api/videos?category=music&pageSize=100');
    expect(listed.body.items.map((video: { id: string }) => video.id)).toContain(whole.body.id);
  });

  it('refuses an unknown category before it fetches, records or queues anything', async () => {
    const em = server.app.get(MikroORM).em.fork();
    const imports = new Queue(QueueName.import, {
      connection: redisOptions(loadConfig().REDIS_URL),
      prefix: RedisKeys.bull(process.env.REDIS_PREFIX!),
    });
    const tmpFiles = async () => {
      const keys: string[] = [];
      for await (const { key } of storage.list(StorageKeys.tmpDir())) keys.push(key);
      return keys.sort();
    };
    const recorded = async () => ({
      videos: await em.count(Video, {}),
      downloads: await em.count(Download, {}),
      importJobs: (await imports.getJobs()).length,
      tmpFiles: await tmpFiles(),
    });
    try {
      const before = await recorded();
      origin.resetCounts();
      const url = `${origin.url}/${source.mp4Name}`;
      for (const [body, message] of [
        [
          { url, category: 'no-such-category' },
          /^There is no category "no-such-category": pick a slug from GET \/api\/categories$/,
        ],
        [
          { url, start: 10, end: 14, category: 'no-such-category' },
          /There is no category "no-such-category"/,
        ],
        [{ url, category: 42 }, /category must be a category slug \(see GET \/api\/categories\)/],
      ] as const) {
        const refused = await alice.api.post('/api/videos/import', body);
        expect(refused.status).toBe(400);
        expect(refused.body.message).toMatch(message);
      }
      expect(origin.requests()).toEqual([]);
      expect(await recorded()).toEqual(before);
    } finally {
      await imports.close();
    }
  });
});
