import { randomUUID } from 'node:crypto';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Queue, QueueEvents } from 'bullmq';
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
} from '@clipstream/core';
import { CleanupSummary, createWorkerApp } from '../../apps/worker/src';

// its own Redis prefix and data folder: another test file may run a worker at the same time
process.env.REDIS_PREFIX = `${process.env.REDIS_PREFIX}-worker-cleanup`;
process.env.DATA_DIR = join(process.env.DATA_DIR as string, 'worker-cleanup');

const HOUR_MS = 3_600_000;

async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('worker: cleanup job', () => {
  const config = loadConfig();
  const longAgo = new Date(Date.now() - 3 * 24 * HOUR_MS); // TMP_MAX_AGE_HOURS defaults to 24
  let app: INestApplicationContext;
  let storage: Storage;
  let orm: MikroORM;
  let queue: Queue;
  let queueEvents: QueueEvents;

  beforeAll(async () => {
    app = await createWorkerApp(config);
    storage = app.get(Storage);
    orm = app.get(MikroORM);
    const connection = redisOptions(config.REDIS_URL);
    const prefix = RedisKeys.bull(config.REDIS_PREFIX);
    queue = new Queue(QueueName.cleanup, { connection, prefix });
    queueEvents = new QueueEvents(QueueName.cleanup, { connection, prefix });
    await queueEvents.waitUntilReady();
    // the scheduler runs cleanup once at start; let it finish before laying out the files it would take
    await waitFor(async () => (await queue.getCompletedCount()) > 0, 'the first scheduled cleanup');
  });

  afterAll(async () => {
    await queueEvents?.close();
    await queue?.close();
    await app?.close();
  });

  async function writeFile(key: string, modifiedAt?: Date): Promise<void> {
    await storage.write(key, 'bytes');
    if (modifiedAt) await utimes(storage.localPath(key), modifiedAt, modifiedAt);
  }

  async function createDownload(user: User, expiresAt: Date): Promise<Download> {
    const em = orm.em.fork();
    const id = randomUUID();
    const fileKey = StorageKeys.download(id, 'clip.mp4');
    await writeFile(fileKey);
    const download = em.create(Download, {
      id,
      user,
      url: 'https://example.com/watch?v=1',
      fileName: 'clip.mp4',
      status: 'completed',
      fileKey,
      expiresAt,
    });
    await em.flush();
    return download;
  }

  async function runCleanup(): Promise<CleanupSummary> {
    const job = await queue.add(QueueName.cleanup, {});
    return job.waitUntilFinished(queueEvents);
  }

  it('expires old downloads and removes stale tmp folders and abandoned uploads, keeping fresh ones', async () => {
    const em = orm.em.fork();
    const name = `cleanup_${Date.now().toString(36)}`;
    const user = em.create(User, {
      email: `${name}@example.com`,
      username: name,
      displayName: name,
      passwordHash: 'x',
    });
    await em.flush();
    const expired = await createDownload(user, new Date(Date.now() - HOUR_MS));
    const current = await createDownload(user, new Date(Date.now() + 24 * HOUR_MS));

    // an old job folder: its file and the folder itself untouched for days
    await writeFile('tmp/transcode-old/segment.ts', longAgo);
    await utimes(storage.localPath('tmp/transcode-old'), longAgo, longAgo);
    await writeFile('tmp/fresh.txt');
    await writeFile('uploads/abandoned', longAgo);
    await writeFile('uploads/abandoned.json', longAgo);
    // bytes not written for days, but the metadata just changed: still in progress
    await writeFile('uploads/resumed', longAgo);
    await writeFile('uploads/resumed.json');
    await writeFile('uploads/fresh');
    await writeFile('uploads/fresh.json');

    const summary = await runCleanup();

    // the database is shared with other test files: only this test's rows are counted exactly below
    expect(summary.downloadsExpired).toBeGreaterThanOrEqual(1);
    expect(summary).toMatchObject({ tmpRemoved: 1, uploadsRemoved: 1 });

    expect(await storage.exists(StorageKeys.downloadDir(expired.id))).toBe(false);
    const rows = orm.em.fork();
    expect(await rows.findOneOrFail(Download, expired.id)).toMatchObject({ expired: true, fileKey: null });
    expect(await rows.findOneOrFail(Download, current.id)).toMatchObject({
      expired: false,
      fileKey: current.fileKey,
    });
    expect(await storage.exists(current.fileKey as string)).toBe(true);

    expect(await storage.exists('tmp/transcode-old')).toBe(false);
    expect(await storage.exists('tmp/fresh.txt')).toBe(true);
    expect(await storage.exists('uploads/abandoned')).toBe(false);
    expect(await storage.exists('uploads/abandoned.json')).toBe(false);
    for (const kept of ['uploads/resumed', 'uploads/resumed.json', 'uploads/fresh', 'uploads/fresh.json']) {
      expect(await storage.exists(kept)).toBe(true);
    }

    // a second run finds nothing left to do
    expect(await runCleanup()).toMatchObject({ tmpRemoved: 0, uploadsRemoved: 0 });
  });

  it('removes notifications past NOTIFICATION_RETENTION_DAYS (180), read or not, and keeps the others', async () => {
    const em = orm.em.fork();
    const name = `retention_${Date.now().toString(36)}`;
    const user = em.create(User, {
      email: `${name}@example.com`,
      username: name,
      displayName: name,
      passwordHash: 'x',
    });
    const at = (days: number) => new Date(Date.now() - days * 24 * HOUR_MS);
    const notify = (days: number, readAt: Date | null) =>
      em.create(Notification, { user, type: 'subscriber.new', data: {}, createdAt: at(days), readAt });
    // unread and read past the retention, unread within it
    const [, , recent] = [notify(181, null), notify(200, at(199)), notify(179, null)];
    await em.flush();

    const summary = await runCleanup();

    // the database is shared with other test files: only this test's rows are counted exactly
    expect(summary.notificationsRemoved).toBeGreaterThanOrEqual(2);
    const left = await orm.em.fork().find(Notification, { user: user.id });
    expect(left.map(({ id }) => id)).toEqual([recent.id]);
  });
});
