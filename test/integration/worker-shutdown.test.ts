import { join } from 'node:path';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BullModule, Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, Queue, QueueEvents, Worker } from 'bullmq';
import { loadConfig, RedisKeys, redisOptions } from '@clipstream/core';
import { WorkerModule } from '../../apps/worker/src';

// its own Redis prefix and data folder: another test file may run a worker at the same time
process.env.REDIS_PREFIX = `${process.env.REDIS_PREFIX}-worker-shutdown`;
process.env.DATA_DIR = join(process.env.DATA_DIR as string, 'worker-shutdown');

/** A queue of this test only, so production code needs no demo processor. */
const SLOW_QUEUE = 'shutdown-test';

class Gate {
  open!: () => void;
  readonly opened = new Promise<void>((resolve) => (this.open = resolve));
}

/** Each job waits until the test lets it finish. */
const slowJobs = { started: new Gate(), release: new Gate(), log: [] as string[] };

// short lock and stall checks (BullMQ throttles the check queue-wide to this interval), so that a job
// abandoned by a force-closed worker is seen as stalled within about a second
@Processor(SLOW_QUEUE, { autorun: false, lockDuration: 1000, stalledInterval: 300 })
class SlowProcessor extends WorkerHost {
  async process(job: Job): Promise<string> {
    slowJobs.log.push(`started ${job.id}`);
    slowJobs.started.open();
    await slowJobs.release.opened;
    slowJobs.log.push(`finished ${job.id}`);
    return 'first worker';
  }
}

@Module({ imports: [BullModule.registerQueue({ name: SLOW_QUEUE })], providers: [SlowProcessor] })
class SlowJobModule {}

describe('worker: shutdown', () => {
  const config = loadConfig();
  const connection = redisOptions(config.REDIS_URL);
  const prefix = RedisKeys.bull(config.REDIS_PREFIX);
  let queue: Queue;
  let queueEvents: QueueEvents;

  async function startWorker(shutdownGraceMs: number): Promise<INestApplicationContext> {
    @Module({ imports: [WorkerModule.forRoot(config, { shutdownGraceMs }), SlowJobModule] })
    class TestWorkerModule {}
    return NestFactory.createApplicationContext(TestWorkerModule, { logger: false, abortOnError: false });
  }

  beforeAll(async () => {
    queue = new Queue(SLOW_QUEUE, { connection, prefix });
    queueEvents = new QueueEvents(SLOW_QUEUE, { connection, prefix });
    await queueEvents.waitUntilReady();
  });

  beforeEach(() => {
    Object.assign(slowJobs, { started: new Gate(), release: new Gate(), log: [] });
  });

  afterAll(async () => {
    slowJobs.release.open(); // ends the attempt abandoned by the force-closed worker
    await queueEvents.close();
    await queue.close();
  });

  it('closing the app lets the active job finish first', async () => {
    const app = await startWorker(30_000);
    const job = await queue.add('slow', {});
    await slowJobs.started.opened;

    const closed = app.close().then(() => slowJobs.log.push('app closed'));
    // give a close that does not wait the chance to finish early, then let the job end
    await new Promise((resolve) => setTimeout(resolve, 300));
    slowJobs.release.open();
    await closed;

    expect(slowJobs.log).toEqual([`started ${job.id}`, `finished ${job.id}`, 'app closed']);
    expect(await job.getState()).toBe('completed');
  });

  it('after the grace period the job is handed back and another worker picks it up', async () => {
    const app = await startWorker(200);
    const job = await queue.add('slow', {});
    await slowJobs.started.opened;

    await app.close();
    expect(slowJobs.log).toEqual([`started ${job.id}`]);
    expect(await job.getState()).toBe('active'); // neither failed nor completed: abandoned with its lock

    const other = new Worker(SLOW_QUEUE, async () => 'other worker', {
      connection,
      prefix,
      stalledInterval: 300,
    });
    try {
      expect(await job.waitUntilFinished(queueEvents)).toBe('other worker');
    } finally {
      await other.close();
    }
  });
});
