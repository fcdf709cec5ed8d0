import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { loadConfig, QueueName, RedisKeys, redisOptions, VideoView } from '@clipstream/core';
import { generateVideo, tempDir } from '../../libs/media/src/process/test-media';
import { createWorkerApp } from '../../apps/worker/src';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';

// server and workers share a Redis prefix and data folder of their own
process.env.REDIS_PREFIX = `${process.env.REDIS_PREFIX}-transcode-crash`;
process.env.DATA_DIR = join(process.env.DATA_DIR as string, 'transcode-crash');

/**
 * A worker process killed in the middle of a transcode (SIGKILL to its process group, ffmpeg included):
 * the job is handed to another worker, which starts over from the original and publishes the video.
 * As in downloads-crash.test.ts, the test skips BullMQ's lock and stalled-check waits.
 */
describe('transcode: a worker dies mid-way', () => {
  let server: TestServer;
  let creator: Session;
  let doomed: ChildProcess | undefined;
  let survivor: INestApplicationContext | undefined;
  const connection = redisOptions(loadConfig().REDIS_URL);
  const prefix = RedisKeys.bull(process.env.REDIS_PREFIX!);
  const queue = new Queue(QueueName.transcode, { connection, prefix });

  beforeAll(async () => {
    server = await startTestServer();
    creator = await registerUser(new Api(server.baseUrl));
  });

  afterAll(async () => {
    if (doomed && doomed.exitCode === null && doomed.signalCode === null)
      process.kill(-doomed.pid!, 'SIGKILL');
    await survivor?.close();
    await queue.close();
    await server?.close();
  });

  async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let attempt = 0; attempt < 1200; attempt++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it('is picked up again and the video becomes ready', async () => {
    const dir = await tempDir('transcode-crash');
    const source = await generateVideo(join(dir, 'long.mp4'), { width: 640, height: 360, seconds: 8 });
    doomed = spawn(process.execPath, [resolve(__dirname, '../../apps/worker/dist/main.js')], {
      // a slow preset, so the kill lands while ffmpeg is encoding
      env: { ...process.env, TRANSCODE_PROFILE: JSON.stringify({ preset: 'slower', segmentSeconds: 2 }) },
      stdio: 'ignore',
      detached: true,
    });

    const form = new FormData();
    form.set('title', 'Survives a crash');
    form.set('file', new Blob([await readFile(source)]), 'long.mp4');
    const response = await fetch(`${server.baseUrl}/api/videos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${creator.token}` },
      body: form,
    });
    const { id } = (await response.json()) as VideoView;

    await waitFor(
      'the first worker to be transcoding',
      async () => (await creator.api.get<VideoView>(`/api/videos/${id}`)).body,
      (video) => video.status === 'processing' && video.stage !== 'probe' && video.stage !== null,
    );
    const [job] = await queue.getJobs(['active']);
    expect(job.data.videoId).toBe(id);
    process.kill(-doomed.pid!, 'SIGKILL');
    await once(doomed, 'exit');

    const redis = new Redis(connection);
    await redis.del(`${queue.toKey(job.id!)}:lock`, queue.toKey('stalled-check'));
    redis.disconnect();
    const stallCheck = new Worker(QueueName.transcode, async () => undefined, {
      connection,
      prefix,
      autorun: false,
      stalledInterval: 300,
    });
    await stallCheck.startStalledCheckTimer();
    await waitFor(
      'the job to be handed back',
      () => queue.getJobState(job.id!),
      (state) => state === 'waiting',
    );
    await stallCheck.close();

    survivor = await createWorkerApp(
      loadConfig({
        ...process.env,
        TRANSCODE_PROFILE: JSON.stringify({ preset: 'ultrafast', segmentSeconds: 2 }),
      }),
    );
    const video = await waitFor(
      'the video to be ready',
      async () => (await creator.api.get<VideoView>(`/api/videos/${id}`)).body,
      (current) => current.status === 'ready' || current.status === 'failed',
    );
    expect(video).toMatchObject({ status: 'ready', progress: 100 });
    expect(video.renditions.map((rendition) => rendition.height)).toEqual([240, 360]);
    expect((await fetch(`${server.baseUrl}${video.hlsUrl}`)).status).toBe(200);
    expect((await queue.getJob(job.id!))?.stalledCounter).toBeGreaterThanOrEqual(1);
  });
});
