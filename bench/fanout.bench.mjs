// Real-time fan-out, in one run, each beside a bare socket.io server broadcasting to as many sockets:
//  1. BENCH_FOLLOWERS (default 2,000) people follow one channel, each with a socket.io-client connection;
//     a new video is announced by the worker's `notify` job (as the transcode runner queues it) → time
//     until each follower's socket has its `notification`;
//  2. BENCH_WATCHERS (default 1,000) of them watch a video; a comment is posted → time until each
//     watcher has `comment.created`.
//  3. BENCH_LARGE_FOLLOWERS (default 100,000; 0 skips it) people follow another channel, none connected:
//     the time from queueing its announcement until every row is written (the worker's batch jobs), beside
//     one plain statement writing as many rows, over BENCH_LARGE_ROUNDS (default 2) alternating rounds.
// 1 and 2 are measured over BENCH_ROUNDS (default 10) rounds after one warm-up round; times run from just
// before the trigger (the job queued, the POST sent, the IPC message to the bare server) to arrival.
// The sockets live in BENCH_CLIENT_PROCESSES (default 2) child processes; each needs a file descriptor
// here and one in the server, so `ulimit -n` must exceed the follower count (raise it first if not).
// Targets (issue 5): fan-out p99 ≤ 100 ms and ≤ 3 × the bare broadcast's p99.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { runMain } from '../scripts/lib/main.mjs';
import { onShutdown, stopProcess } from '../scripts/lib/process.mjs';
import { fail, step, warn } from '../scripts/lib/log.mjs';
import { fromRoot } from '../scripts/lib/repo.mjs';
import { benchEnv, requireBuilt } from './support/bench-env.mjs';
import { callApi, registerUser, startClipstream } from './support/clipstream.mjs';
import { mapLimit } from './support/concurrency.mjs';
import { openLargeChannel } from './support/large-channel.mjs';
import { freePort } from './support/ports.mjs';
import { openVideoWriter } from './support/ready-video.mjs';
import { fixed, percentile, printTable, printTargets, ratio, saveResults } from './support/report.mjs';
import { startClientPool } from './support/socket-client-pool.mjs';

requireBuilt('apps/server/dist/main.js', 'apps/worker/dist/main.js', 'libs/core/dist/index.js');
const { default: core } = await import('../libs/core/dist/index.js');
const { NOTIFY_JOB } = await import('../apps/worker/dist/fanout/notify-jobs.js');

const FOLLOWERS = Number(process.env.BENCH_FOLLOWERS || 2000);
const WATCHERS = Math.min(FOLLOWERS, Number(process.env.BENCH_WATCHERS || 1000));
const ROUNDS = Number(process.env.BENCH_ROUNDS || 10);
const CLIENT_PROCESSES = Number(process.env.BENCH_CLIENT_PROCESSES || 2);
const LARGE_FOLLOWERS = Number(process.env.BENCH_LARGE_FOLLOWERS ?? 100_000);
const LARGE_ROUNDS = Number(process.env.BENCH_LARGE_ROUNDS || 2);
/** Setup requests in flight at once: enough to keep the server busy, not enough to time out. */
const SETUP_CONCURRENCY = 16;
const now = () => performance.timeOrigin + performance.now();

await runMain(async (stopRequest) => {
  checkFileLimit();
  const env = await benchEnv();
  const results = [];

  step(`Bare socket.io: ${FOLLOWERS} sockets…`);
  const bare = await startBareServer();
  let pool = await startClientPool({
    url: bare.url,
    tokens: Array(FOLLOWERS).fill(null),
    processes: CLIENT_PROCESSES,
  });
  const bareRound = (event, room) => (round) => ({
    expected: round,
    trigger: () => bare.broadcast({ event, payload: { round }, room }),
  });
  results.push(
    await measure(`bare socket.io: broadcast to ${FOLLOWERS} sockets`, pool, {
      event: 'notification',
      field: 'round',
      prepare: bareRound('notification'),
      stopRequest,
    }),
  );
  await pool.watch('bench', WATCHERS);
  results.push(
    await measure(`bare socket.io: broadcast to a room of ${WATCHERS}`, pool, {
      event: 'comment.created',
      field: 'round',
      among: 'watchers',
      prepare: bareRound('comment.created', 'video:bench'),
      stopRequest,
    }),
  );
  await pool.close();
  await bare.stop();
  if (stopRequest.aborted) return 1;

  step('Clipstream: server and worker with a throwaway database…');
  const clipstream = await startClipstream(env, { worker: true });
  const { channel, followers } = await setUpChannel(clipstream.baseUrl);
  const videos = await openVideoWriter(clipstream.databaseUrl);
  onShutdown(() => videos.close());
  step(`Connecting ${FOLLOWERS} followers' sockets…`);
  pool = await startClientPool({
    url: clipstream.baseUrl,
    tokens: followers.map((f) => f.token),
    processes: CLIENT_PROCESSES,
  });
  const queue = new Queue(core.QueueName.notify, {
    connection: core.redisOptions(clipstream.env.REDIS_URL),
    prefix: core.RedisKeys.bull(clipstream.env.REDIS_PREFIX),
  });
  onShutdown(() => queue.close());

  const videoIds = [];
  results.push(
    await measure(`Clipstream: video.published to ${FOLLOWERS} followers`, pool, {
      event: 'notification',
      field: 'videoId',
      // a new ready video per round (a video is announced once), queued as the transcode runner does
      prepare: async (round) => {
        const videoId = await videos.createReadyVideo(channel.id, {
          title: `Bench video ${round}`,
        });
        videoIds.push(videoId);
        return {
          expected: videoId,
          trigger: () => queue.add(core.QueueName.notify, { kind: 'video.published', videoId }, NOTIFY_JOB),
        };
      },
      stopRequest,
    }),
  );

  const watched = videoIds[0];
  const joined = await pool.watch(watched, WATCHERS);
  if (joined !== WATCHERS) fail(`only ${joined} of ${WATCHERS} sockets could watch the video`);
  results.push(
    await measure(`Clipstream: comment.created to ${WATCHERS} watchers`, pool, {
      event: 'comment.created',
      field: 'body',
      among: 'watchers',
      prepare: (round) => {
        const body = `Bench comment ${round}`;
        const path = `/api/videos/${watched}/comments`;
        return {
          expected: body,
          trigger: () => callApi(clipstream.baseUrl, channel.token, 'POST', path, { body }),
        };
      },
      stopRequest,
    }),
  );
  await pool.close();
  if (stopRequest.aborted) return 1;
  const large = LARGE_FOLLOWERS > 0 ? await measureLargeFanout(clipstream, queue, videos, stopRequest) : null;
  if (stopRequest.aborted) return 1;
  report(results, large);
  return 0;
});

/**
 * A channel too large to connect everyone: the time until every follower has their row, beside the
 * database writing as many rows in one statement (rolled back). The means of the rounds are compared.
 */
async function measureLargeFanout(clipstream, queue, videos, stopRequest) {
  step(`Large channel: seeding ${LARGE_FOLLOWERS} followers…`);
  const channel = await openLargeChannel(clipstream.databaseUrl, LARGE_FOLLOWERS);
  try {
    step(`Measuring the fan-out to ${LARGE_FOLLOWERS} followers: ${LARGE_ROUNDS} rounds…`);
    let fanoutSeconds = 0;
    let plainSeconds = 0;
    for (let round = 0; round < LARGE_ROUNDS && !stopRequest.aborted; round++) {
      const videoId = await videos.createReadyVideo(channel.channelId, {
        title: `Large channel video ${round}`,
      });
      plainSeconds += await channel.plainInsertSeconds(videoId);
      const started = performance.now();
      await queue.add(core.QueueName.notify, { kind: 'video.published', videoId }, NOTIFY_JOB);
      await untilIdle(queue);
      fanoutSeconds += (performance.now() - started) / 1000;
      const told = await channel.toldOf(videoId);
      if (told !== LARGE_FOLLOWERS) fail(`the fan-out wrote ${told} rows for ${LARGE_FOLLOWERS} followers`);
    }
    return {
      followers: LARGE_FOLLOWERS,
      rounds: LARGE_ROUNDS,
      fanoutSeconds: fanoutSeconds / LARGE_ROUNDS,
      plainSeconds: plainSeconds / LARGE_ROUNDS,
    };
  } finally {
    await channel.close();
  }
}

/** Each batch job queues the next before it completes: the queue is idle only once the last is done. */
async function untilIdle(queue) {
  for (;;) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(counts).every((count) => count === 0)) return;
    await sleep(20);
  }
}

/**
 * One warm-up round, then ROUNDS measured ones. `prepare(round)` does what is not timed and returns the
 * round's `trigger` and the value of the payload's `field` that marks its event (`expected`).
 */
async function measure(name, pool, { event, field, among = 'all', prepare, stopRequest }) {
  step(`Measuring ${name}: 1 warm-up + ${ROUNDS} rounds…`);
  const latencies = [];
  let missing = 0;
  for (let round = 0; round <= ROUNDS && !stopRequest.aborted; round++) {
    const { expected, trigger } = await prepare(round);
    const { arrivals } = await pool.arm(event, field, expected, { among });
    const sentAt = now();
    await trigger();
    const { times, missing: lost } = await arrivals;
    if (round > 0) {
      latencies.push(...times.map((time) => time - sentAt));
      missing += lost;
    }
    await sleep(500);
  }
  return {
    name,
    sockets: among === 'watchers' ? WATCHERS : FOLLOWERS,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: Math.max(...latencies),
    received: latencies.length,
    missing,
  };
}

async function setUpChannel(baseUrl) {
  const channel = await registerUser(baseUrl, 'bench_channel');
  step(`Registering ${FOLLOWERS} followers and subscribing them to the channel…`);
  const started = performance.now();
  const followers = await mapLimit(Array.from({ length: FOLLOWERS }), SETUP_CONCURRENCY, async (_, i) => {
    const follower = await registerUser(baseUrl, `bench_f${String(i).padStart(5, '0')}`);
    await callApi(baseUrl, follower.token, 'PUT', `/api/channels/${channel.username}/subscription`);
    return follower;
  });
  step(`…done in ${fixed((performance.now() - started) / 1000, 1)} s.`);
  return { channel, followers };
}

async function startBareServer() {
  const port = await freePort();
  const child = fork(fromRoot('bench/support/bare-socketio.mjs'), {
    env: { ...process.env, PORT: String(port) },
  });
  onShutdown(() => stopProcess(child));
  await once(child, 'message');
  return {
    url: `http://127.0.0.1:${port}`,
    broadcast: (message) => child.send(message),
    stop: () => stopProcess(child),
  };
}

/** Each follower's socket needs a descriptor in the client processes and one in the server. */
function checkFileLimit() {
  const limit = Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1]);
  if (limit && limit < FOLLOWERS + 512)
    warn(
      `the open-file limit is ${limit}: raise it first (\`ulimit -n ${FOLLOWERS * 2 + 1024}\`) or set BENCH_FOLLOWERS lower.`,
    );
}

function report(results, large) {
  const bareFanout = results[0];
  const bareRoom = results[1];
  const baselineOf = (r) => (r.name.includes('comment') || r.name.includes('room') ? bareRoom : bareFanout);
  console.log(
    `\nSocket.IO delivery, ${ROUNDS} rounds each after a warm-up, clients in ${CLIENT_PROCESSES} processes (lower is better)\n`,
  );
  printTable(
    ['scenario', 'sockets', 'p50 ms', 'p99 ms', 'max ms', 'lost', 'p99 vs bare'],
    results.map((r) => [
      r.name,
      r.sockets,
      fixed(r.p50, 1),
      fixed(r.p99, 1),
      fixed(r.max, 1),
      r.missing,
      `${fixed(ratio(r.p99, baselineOf(r).p99), 1)}×`,
    ]),
  );
  const [, , fanout, comment] = results;
  printTargets([
    { name: `fan-out p99 at ${FOLLOWERS} followers (ms)`, value: fanout.p99, limit: 100 },
    { name: 'fan-out p99 vs bare broadcast', value: ratio(fanout.p99, bareFanout.p99), limit: 3, unit: '×' },
    { name: `comment broadcast p99 at ${WATCHERS} watchers (ms)`, value: comment.p99, limit: 100 },
    {
      name: 'comment broadcast p99 vs bare room broadcast',
      value: ratio(comment.p99, bareRoom.p99),
      limit: 3,
      unit: '×',
    },
  ]);
  if (large) reportLarge(large);
  saveResults('fanout', {
    followers: FOLLOWERS,
    watchers: WATCHERS,
    rounds: ROUNDS,
    clientProcesses: CLIENT_PROCESSES,
    results,
    large,
  });
}

function reportLarge({ followers, rounds, fanoutSeconds, plainSeconds }) {
  console.log(
    `\nA channel of ${followers} followers, none connected: rows written, mean of ${rounds} rounds\n`,
  );
  const rowsPerSecond = (seconds) => Math.round(followers / seconds);
  printTable(
    ['scenario', 'rows', 'seconds', 'rows/s', 'vs one statement'],
    [
      [
        'one plain insert of the rows (rolled back)',
        followers,
        fixed(plainSeconds),
        rowsPerSecond(plainSeconds),
        '1.0×',
      ],
      [
        'Clipstream: video.published fan-out (queued jobs, chunks with their events)',
        followers,
        fixed(fanoutSeconds),
        rowsPerSecond(fanoutSeconds),
        `${fixed(ratio(fanoutSeconds, plainSeconds), 1)}×`,
      ],
    ],
  );
}
