import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { io, Socket } from 'socket.io-client';
import { MikroORM } from '@mikro-orm/postgresql';
import sharp from 'sharp';
import { Queue } from 'bullmq';
import {
  loadConfig,
  QueueName,
  RedisKeys,
  redisOptions,
  User,
  Video,
  VideoProgressEvent,
  VideoView,
} from '@clipstream/core';
import { probeMedia, runProcess } from '@clipstream/media';
import { generateAudio, generateVideo, tempDir } from '../../libs/media/src/process/test-media';
import { createWorkerApp } from '../../apps/worker/src';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

// a prefix and data folder of its own: this suite runs a worker, others count on queued jobs staying queued
process.env.REDIS_PREFIX = `${process.env.REDIS_PREFIX}-pipeline`;
process.env.DATA_DIR = join(process.env.DATA_DIR as string, 'pipeline');
// every original counts against it: uploads, and the clips the worker cuts
const QUOTA_BYTES = 1_000_000_000;
process.env.USER_QUOTA_BYTES = String(QUOTA_BYTES);

const FAST_PROFILE = JSON.stringify({ preset: 'ultrafast', segmentSeconds: 2 });

async function upload(session: Session, path: string, title: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('title', title);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set('file', new Blob([await readFile(path)]), path.split('/').pop());
  const response = await fetch(`${session.api.baseUrl}/api/videos`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as VideoView };
}

async function settled(api: Api, id: string): Promise<VideoView> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const { body } = await api.get<VideoView>(`/api/videos/${id}`);
    if (body.status === 'ready' || body.status === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`video ${id} never settled`);
}

describe('upload → transcode → watch (real worker, ffmpeg, sharp)', () => {
  let server: TestServer;
  let worker: INestApplicationContext;
  let creator: Session;
  let socket: Socket;
  let dir: string;
  const progress: VideoProgressEvent[] = [];

  beforeAll(async () => {
    process.env.TRANSCODE_PROFILE = FAST_PROFILE;
    server = await startTestServer();
    worker = await createWorkerApp(loadConfig());
    creator = await registerUser(new Api(server.baseUrl));
    socket = io(server.baseUrl, {
      path: '/socket.io/',
      auth: { token: creator.token },
      transports: ['websocket'],
    });
    socket.on('video.progress', (event: VideoProgressEvent) => progress.push(event));
    await new Promise((resolve) => socket.once('connect', resolve));
    dir = await tempDir('pipeline');
  });
  afterAll(async () => {
    socket?.close();
    await worker?.close();
    await server?.close();
  });

  /** A custom thumbnail, 1600×1000, made the chosen one. */
  async function setThumbnail(id: string) {
    const picture = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#3366ff' } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set('file', new Blob([picture]), 'cover.png');
    const response = await fetch(`${server.baseUrl}/api/videos/${id}/thumbnail`, {
      method: 'POST',
      headers: { authorization: `Bearer ${creator.token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as VideoView };
  }
  /** The served picture's size. */
  async function served(url: string) {
    const response = await fetch(server.baseUrl + url);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    const { width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    return [width, height];
  }
  const customUrl = (id: string) => new RegExp(`^/media/videos/${id}/thumbs/custom-640\\.jpg\\?v=\\w+$`);

  it('turns an upload into a ladder that a real HLS client reads, with pictures and MP4s', async () => {
    const source = await generateVideo(join(dir, 'landscape.mp4'), { width: 640, height: 360, seconds: 4 });
    const created = await upload(creator, source, 'Landscape', {
      visibility: 'public',
      tags: 'test,pipeline',
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('pending');

    const video = await settled(creator.api, created.body.id);
    expect(video).toEqual(
      expect.objectContaining({ status: 'ready', progress: 100, width: 640, height: 360 }),
    );
    expect(video.duration).toBeCloseTo(4, 0);
    expect(video.renditions.map((rendition) => rendition.height)).toEqual([240, 360]);
    expect(video.thumbnails).toHaveLength(4);
    expect(video.storyboardUrl).toEqual(expect.any(String));

    // ffprobe plays the master over HTTP, as a player would
    const master = `${server.baseUrl}${video.hlsUrl}`;
    const text = await (await fetch(master)).text();
    const top = text.split('\n').find((line) => line.includes('RESOLUTION=640x360'));
    expect(top).toMatch(/^#EXT-X-STREAM-INF:/);
    expect(top).toMatch(/BANDWIDTH=\d+/);
    expect(top).toMatch(/CODECS="avc1\.[0-9a-f]+,mp4a\.40\.2"/);
    const { stdout } = await runProcess(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', master],
      {
        captureStdout: true,
      },
    );
    expect(Number(stdout.toString())).toBeCloseTo(4, 0);

    const thumbnail = await fetch(`${server.baseUrl}${video.thumbnailUrl}`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toMatch(/image\/jpeg/);

    const mp4 = await fetch(`${server.baseUrl}/api/videos/${video.id}/stream/360p`, {
      headers: { range: 'bytes=0-99' },
    });
    expect(mp4.status).toBe(206);
    expect(mp4.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);

    const events = progress.filter((event) => event.videoId === video.id);
    expect(events.some((event) => event.status === 'processing')).toBe(true);
    expect(events.at(-1)).toEqual(expect.objectContaining({ status: 'ready', progress: 100 }));
  });

  it('takes back what it wrote for a video deleted while it was being transcoded, and does not try again', async () => {
    const source = await generateVideo(join(dir, 'deleted.mp4'), { width: 640, height: 360, seconds: 6 });
    const created = await upload(creator, source, 'Deleted midway');
    const { id } = created.body;
    for (let attempt = 0; attempt < 600; attempt++) {
      if (progress.some((event) => event.videoId === id && event.stage !== 'probe')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await creator.api.delete(`/api/videos/${id}`)).status).toBe(204);

    const queue = new Queue(QueueName.transcode, {
      connection: redisOptions(loadConfig().REDIS_URL),
      prefix: RedisKeys.bull(process.env.REDIS_PREFIX!),
    });
    try {
      let job;
      for (let attempt = 0; attempt < 600 && !job?.finishedOn; attempt++) {
        job = (await queue.getJobs(['completed', 'failed', 'delayed', 'active', 'wait'])).find(
          (j) => j.data.videoId === id,
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(job).toEqual(expect.objectContaining({ returnvalue: 'gone', attemptsMade: 1 }));
    } finally {
      await queue.close();
    }
    await expect(stat(join(process.env.DATA_DIR!, 'videos', id))).rejects.toThrow(/ENOENT/);
  });

  it('keeps a custom thumbnail set while the video is pending through processing, reprocessing and a retry', async () => {
    const chosen = (video: VideoView) => video.thumbnails.find((set) => set.index === -1);
    const untilReprocessed = async (id: string, before: VideoView) => {
      for (let attempt = 0; attempt < 600; attempt++) {
        const { body } = await creator.api.get<VideoView>(`/api/videos/${id}`);
        if (body.status === 'ready' && body.thumbnailUrl !== before.thumbnailUrl) return body;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`video ${id} was never processed again`);
    };

    // 4:3, so that a picture cropped before the probe (16:9) must be cropped again
    const source = await generateVideo(join(dir, 'cover.mp4'), { width: 320, height: 240, seconds: 3 });
    const created = await upload(creator, source, 'With a cover');
    const { id } = created.body;
    const set = await setThumbnail(id);
    expect(set.status).toBe(200);
    expect(['pending', 'processing']).toContain(set.body.status);
    expect(set.body.thumbnailUrl).toMatch(customUrl(id));
    await served(set.body.thumbnailUrl!);

    const ready = await settled(creator.api, id);
    expect(ready.status).toBe('ready');
    expect(ready.thumbnails).toHaveLength(5);
    expect(ready.thumbnailUrl).toMatch(customUrl(id));
    expect(chosen(ready)?.sizes.map((size) => size.width)).toEqual([320, 640]);
    expect(await served(ready.thumbnailUrl!)).toEqual([640, 480]);

    // reprocessing starts over from the original, but for the custom picture
    const admin = await registerUser(new Api(server.baseUrl));
    await server.app.get(MikroORM).em.fork().nativeUpdate(User, admin.user.id, { role: 'admin' });
    const seen = progress.length;
    const reprocess = await admin.api.post(`/api/admin/videos/${id}/reprocess`);
    expect([reprocess.status, reprocess.body.status]).toEqual([202, 'pending']);
    // still served while the job works (it cleared the folder before probing)
    for (let attempt = 0; attempt < 600; attempt++) {
      if (progress.slice(seen).some((event) => event.videoId === id && event.stage !== 'probe')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await served(reprocess.body.thumbnailUrl!)).toEqual([640, 480]);
    const reprocessed = await untilReprocessed(id, ready);
    expect(reprocessed.thumbnailUrl).toMatch(customUrl(id));
    expect(reprocessed.thumbnails).toHaveLength(5);
    expect(await served(reprocessed.thumbnailUrl!)).toEqual([640, 480]);
    expect((await fetch(server.baseUrl + reprocessed.thumbnails[0].sizes[0].jpeg)).status).toBe(200);

    // a video that failed before its probe knows no shape: the picture is cropped to 16:9, then again
    // to 4:3 by the worker once the retry has probed it
    const em = server.app.get(MikroORM).em.fork();
    await em.nativeUpdate(Video, id, { status: 'failed', error: 'Killed', width: null, height: null });
    const early = await setThumbnail(id);
    expect([early.status, early.body.status]).toEqual([200, 'failed']);
    expect(await served(early.body.thumbnailUrl!)).toEqual([640, 360]);
    expect((await creator.api.post(`/api/videos/${id}/retry`)).status).toBe(200);
    const retried = await untilReprocessed(id, early.body);
    expect(retried.thumbnailUrl).toMatch(customUrl(id));
    expect(await served(retried.thumbnailUrl!)).toEqual([640, 480]);

    expect((await creator.api.delete(`/api/videos/${id}`)).status).toBe(204);
    await expect(stat(join(process.env.DATA_DIR!, 'videos', id))).rejects.toThrow(/ENOENT/);
    await expect(stat(join(process.env.DATA_DIR!, 'originals', id))).rejects.toThrow(/ENOENT/);
  });

  it('gives an audio-only upload an audio rendition and a poster', async () => {
    const source = await generateAudio(join(dir, 'voice.m4a'), 3, ['-c:a', 'aac']);
    const created = await upload(creator, source, 'Voice memo');
    const video = await settled(creator.api, created.body.id);
    expect(video.status).toBe('ready');
    expect(video.renditions.map((rendition) => rendition.height)).toEqual([0]);
    expect((await fetch(`${server.baseUrl}${video.thumbnailUrl}`)).status).toBe(200);

    // with a cover of its own, chosen before processing: 16:9, as there is no picture to take a shape from
    const covered = await upload(creator, source, 'Voice memo with a cover');
    expect((await setThumbnail(covered.body.id)).status).toBe(200);
    const ready = await settled(creator.api, covered.body.id);
    expect(ready.status).toBe('ready');
    expect(ready.thumbnails.map((set) => set.index)).toEqual([0, -1]);
    expect(ready.thumbnailUrl).toMatch(customUrl(ready.id));
    expect(await served(ready.thumbnailUrl!)).toEqual([640, 360]);
  });

  it('fails a file that is not a video with a reason a creator understands, and keeps the original', async () => {
    const junk = join(dir, 'holiday.mp4');
    await writeFile(junk, Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256)));
    const created = await upload(creator, junk, 'Not a video');
    const video = await settled(creator.api, created.body.id);
    expect(video.status).toBe('failed');
    expect(video.error).toMatch(/not a video|not recogni[sz]ed|could not be read|damaged/i);
    expect(video.hlsUrl).toBeNull();
  });

  it('cuts a clip of the creator’s own video, accurate to the frame', async () => {
    const source = await generateVideo(join(dir, 'long.mp4'), { width: 320, height: 240, seconds: 4 });
    const parent = await settled(creator.api, (await upload(creator, source, 'Parent')).body.id);
    const clip = await creator.api.post(`/api/videos/${parent.id}/clips`, {
      start: 1,
      end: '00:00:02.500',
      title: 'The good part',
    });
    expect(clip.status).toBe(202);
    const ready = await settled(creator.api, clip.body.id);
    expect(ready).toEqual(expect.objectContaining({ status: 'ready', source: 'clip' }));
    expect(ready.duration).toBeGreaterThan(1.4);
    expect(ready.duration).toBeLessThan(1.6);
    const probe = await probeMedia(join(process.env.DATA_DIR!, 'videos', ready.id, 'mp4', '240p.mp4'));
    expect(probe.duration).toBeCloseTo(1.5, 1);
  });

  it('charges a clip to the storage quota like an upload, refuses one that cannot fit, refunds on delete', async () => {
    const em = server.app.get(MikroORM).em.fork();
    const used = async () => (await em.fork().findOneOrFail(User, creator.user.id)).storageUsed;
    const source = await generateVideo(join(dir, 'quota.mp4'), { width: 320, height: 240, seconds: 4 });
    const parent = await settled(creator.api, (await upload(creator, source, 'Quota parent')).body.id);
    const beforeClip = await used();

    const clip = await creator.api.post(`/api/videos/${parent.id}/clips`, { start: 0, end: 2 });
    const ready = await settled(creator.api, clip.body.id);
    expect(ready.status).toBe('ready');
    const clipBytes = (await used()) - beforeClip;
    expect(clipBytes).toBeGreaterThan(0);

    await em.nativeUpdate(User, creator.user.id, { storageUsed: QUOTA_BYTES - 10 });
    const refused = await creator.api.post(`/api/videos/${parent.id}/clips`, { start: 0, end: 2 });
    expect(refused.status).toBe(413);
    expect(refused.body.message).toMatch(/This clip does not fit in your storage quota: 10 bytes left/);
    await em.nativeUpdate(User, creator.user.id, { storageUsed: beforeClip + clipBytes });

    expect((await creator.api.delete(`/api/videos/${ready.id}`)).status).toBe(204);
    expect(await used()).toBe(beforeClip);
  });
});
