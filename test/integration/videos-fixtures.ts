import { Queue } from 'bullmq';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  Category,
  QueueName,
  RedisKeys,
  redisOptions,
  Storage,
  StorageKeys,
  Tag,
  User,
  Video,
  VideoRendition,
  Visibility,
} from '@clipstream/core';
import { randomUUID } from 'node:crypto';
import type { Session } from '../support/http';
import type { TestServer } from '../support/test-server';

/** Helpers shared by the videos-*.test.ts suites: no worker runs, so a finished transcode is faked here. */

export function orm(server: TestServer): MikroORM {
  return server.app.get(MikroORM);
}

export function storage(server: TestServer): Storage {
  return server.app.get(Storage);
}

/** The transcode queue of this test run (the server's Redis prefix). */
export function transcodeQueue(): Queue {
  return new Queue(QueueName.transcode, {
    connection: redisOptions(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'),
    prefix: RedisKeys.bull(process.env.REDIS_PREFIX!),
  });
}

export async function queuedTranscode(queue: Queue, videoId: string) {
  const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
  return jobs.find((job) => job.data.videoId === videoId);
}

/** `POST /api/videos` with a form; `file` is skipped when null. */
export async function postVideoForm(
  session: Session,
  fields: Record<string, string | string[]>,
  file: { name: string; bytes: Buffer } | null,
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of [value].flat()) form.append(name, item);
  }
  if (file) form.append('file', new Blob([file.bytes]), file.name);
  const response = await fetch(`${session.api.baseUrl}/api/videos`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}` },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

export interface ReadyVideoOptions {
  title?: string;
  description?: string;
  visibility?: Visibility;
  hidden?: boolean;
  tags?: string[];
  category?: { slug: string; name: string };
  views?: number;
  duration?: number;
  status?: Video['status'];
  createdAt?: Date;
}

/** What a finished transcode leaves: a 360p rung with one segment, its MP4, pictures and a storyboard. */
export const FAKE_SEGMENT = Buffer.alloc(188 * 20, 0x47);
export const FAKE_MP4 = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
export const FAKE_JPEG = Buffer.from('fake jpeg bytes');

/** A video as the worker would leave it once ready, written straight to the database and the storage. */
export async function makeReadyVideo(
  server: TestServer,
  ownerId: string,
  options: ReadyVideoOptions = {},
): Promise<string> {
  const em = orm(server).em.fork();
  const files = storage(server);
  const video = em.create(Video, {
    owner: em.getReference(User, ownerId),
    title: options.title ?? 'A ready video',
    description: options.description ?? '',
    visibility: options.visibility ?? 'public',
    hidden: options.hidden ?? false,
    status: options.status ?? 'ready',
    progress: 100,
    source: 'upload',
    duration: options.duration ?? 10,
    width: 640,
    height: 360,
    thumbnailCount: 4,
    hasStoryboard: true,
    views: options.views ?? 0,
    publishedAt: new Date(),
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  });
  video.originalKey = StorageKeys.original(video.id, 'mp4');
  video.originalSize = FAKE_MP4.length;
  for (const name of options.tags ?? []) {
    video.tags.add((await em.findOne(Tag, { name })) ?? em.create(Tag, { name }));
  }
  if (options.category) {
    video.category =
      (await em.findOne(Category, { slug: options.category.slug })) ?? em.create(Category, options.category);
  }
  em.create(VideoRendition, {
    video,
    height: 360,
    width: 640,
    bandwidth: 800_000,
    codecs: 'avc1.64001e,mp4a.40.2',
    ready: true,
    hasMp4: true,
  });
  await em.flush();

  const hls = StorageKeys.hlsDir(video.id);
  await files.write(video.originalKey, FAKE_MP4);
  await files.write(
    StorageKeys.hlsMaster(video.id),
    '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360\n360p/index.m3u8\n',
  );
  await files.write(
    `${hls}/360p/index.m3u8`,
    '#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\nseg-00000.ts\n#EXT-X-ENDLIST\n',
  );
  await files.write(`${hls}/360p/seg-00000.ts`, FAKE_SEGMENT);
  await files.write(StorageKeys.mp4(video.id, 360), FAKE_MP4);
  for (let index = 0; index < 4; index += 1) {
    for (const width of [320, 640]) {
      await files.write(`${StorageKeys.thumbsDir(video.id)}/thumb-${index}-${width}.jpg`, FAKE_JPEG);
      await files.write(`${StorageKeys.thumbsDir(video.id)}/thumb-${index}-${width}.webp`, FAKE_JPEG);
    }
  }
  await files.write(
    StorageKeys.storyboardVtt(video.id),
    'WEBVTT\n\n00:00:00.000 --> 00:00:10.000\nstoryboard.jpg#xywh=0,0,160,90\n',
  );
  await files.write(StorageKeys.storyboardImage(video.id), FAKE_JPEG);
  return video.id;
}

export async function setRole(server: TestServer, userId: string, role: User['role']): Promise<void> {
  await orm(server).em.fork().nativeUpdate(User, { id: userId }, { role });
}

export async function storageUsed(server: TestServer, userId: string): Promise<number> {
  const user = await orm(server).em.fork().findOneOrFail(User, { id: userId });
  return user.storageUsed;
}

export function uniqueWord(prefix = 'w'): string {
  return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 10)}`;
}
