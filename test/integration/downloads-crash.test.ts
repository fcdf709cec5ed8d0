import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import {
  loadConfig,
  LocalStorage,
  QueueName,
  RedisKeys,
  redisOptions,
  Storage,
  StorageKeys,
} from '@clipstream/core';
import { createWorkerApp } from '../../apps/worker/src';
import { generateSourceVideo, MediaOrigin, SourceVideo, startMediaOrigin } from '../support/media-origin';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

// server and workers share a Redis prefix and data folder of their own
process.env.REDIS_PREFIX = `${process.env.REDIS_PREFIX}-downloads-crash`;
process.env.DATA_DIR = join(process.env.DATA_DIR as string, 'downloads-crash');

jest.setTimeout(120_000);

/**
 * A worker process killed in the middle of a download (SIGKILL to its whole process group, ffmpeg
 * included): BullMQ's stalled-job check gives the job to another worker, which starts over and completes.
 * The first worker is the BUILT one (`npm test` compiles it), so that it can really be killed. BullMQ
 * would hand the job on after up to a minute (lock and check intervals of 30 s); the test skips that
 * wait, and checks for stalled jobs every 300 ms.
 */
describe('downloads: a worker dies mid-download', () => {
  let server: TestServer;
  let origin: MediaOrigin;
  let source: SourceVideo;
  let root: string;
  let alice: Session;
  let doomed: ChildProcess | undefined;
  let survivor: INestApplicationContext | undefined;
  const connection = redisOptions(loadConfig().REDIS_URL);
  const prefix = RedisKeys.bull(process.env.REDIS_PREFIX!);
  const queue = new Queue(QueueName.download, { connection, prefix });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'downloads-crash-'));
    source = await generateSourceVideo(root, { seconds: 60, height: 360 });
    // ~3 s of the source per second: slow enough to kill the first attempt half-way
    origin = await startMediaOrigin({ root, throttleBytesPerSecond: 100_000 });
    server = await startTestServer();
    alice = await registerUser(new Api(server.baseUrl));
  });

  afterAll(async () => {
    if (doomed && doomed.exitCode === null && doomed.signalCode === null)
      process.kill(-doomed.pid!, 'SIGKILL');
    await survivor?.close();
    await queue.close();
    await server?.close();
    await origin?.close();
    rmSync(root, { recursive: true, force: true });
  });

  async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let attempt = 0; attempt < 1200; attempt++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it('is retried by another worker and completes', async () => {
    doomed = spawn(process.execPath, [resolve(__dirname, '../../apps/worker/dist/main.js')], {
      env: process.env,
      stdio: 'ignore',
      // a process group of its own: the kill takes ffmpeg with it, as a machine going down would
      detached: true,
    });
    const created = await alice.api.post('/api/downloads', {
      url: `${origin.url}/${source.mp4Name}`,
      start: 10,
      end: 25,
    });
    expect(created.status).toBe(202);
    const id = created.body.id;
    await waitFor(
      'the first worker to be half-way',
      async () => (await alice.api.get(`/api/downloads/${id}`)).body,
      (download) => download.status === 'processing' && download.progress >= 10,
    );
    process.kill(-doomed.pid!, 'SIGKILL');
    await once(doomed, 'exit');
    // the dead attempt's scratch folder is still there: the next attempt must start over cleanly
    const scratch = `${StorageKeys.tmpDir()}/download-${id}`;
    expect(await new LocalStorage(loadConfig().DATA_DIR).exists(scratch)).toBe(true);

    // what time does by itself: the dead worker's lock runs out (lockDuration), and the next stalled-job
    // check comes (stalledInterval, shared by all workers through BullMQ's `stalled-check` key)
    const redis = new Redis(connection);
    await redis.del(`${queue.toKey(id)}:lock`, queue.toKey('stalled-check'));
    redis.disconnect();
    const stallCheck = new Worker(QueueName.download, async () => undefined, {
      connection,
      prefix,
      autorun: false,
      stalledInterval: 300,
    });
    await stallCheck.startStalledCheckTimer();
    await waitFor(
      'the job to be handed back',
      () => queue.getJobState(id),
      (state) => state === 'waiting',
    );
    await stallCheck.close();

    survivor = await createWorkerApp(loadConfig());
    const download = await waitFor(
      'the download to complete',
      async () => (await alice.api.get(`/api/downloads/${id}`)).body,
      (current) => current.status !== 'processing',
    );
    expect(download).toMatchObject({ status: 'completed', progress: 100, error: null });
    const storage = survivor.get(Storage);
    expect((await storage.stat(StorageKeys.download(id, download.fileName)))?.size).toBe(download.fileSize);
    expect(await storage.exists(scratch)).toBe(false);

    // the row says completed a moment before BullMQ records the job's outcome
    await waitFor(
      'the job to be recorded completed',
      () => queue.getJobState(id),
      (state) => state === 'completed',
    );
    const job = await queue.getJob(id);
    expect(job?.stalledCounter).toBeGreaterThanOrEqual(1);
    expect(job?.returnvalue).toBe('completed');
  });
});
