// HLS segment serving: the built Clipstream server's media route against Debian's nginx serving the same
// folder of 1 MB .ts files, in turns: BENCH_ROUNDS (default 3) rounds of BENCH_SECONDS (default 10) each
// with 32 connections, the median round of each reported.
// The client is wrk (Debian's, installed when root): autocannon cannot read 1 MB bodies faster than about
// 60 MB/s here, which would cap both servers alike. Without wrk the bench falls back to autocannon and
// says so. Target (issue 3): Clipstream ≥ 70 % of nginx's requests per second.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../scripts/lib/main.mjs';
import { fail, step, warn } from '../scripts/lib/log.mjs';
import { benchEnv, requireBuilt } from './support/bench-env.mjs';
import { registerUser, startClipstream } from './support/clipstream.mjs';
import { load } from './support/load.mjs';
import { startNginx } from './support/nginx.mjs';
import { openVideoWriter } from './support/ready-video.mjs';
import { fixed, percentile, printTable, printTargets, ratio, saveResults } from './support/report.mjs';
import { findOrInstall } from './support/system-package.mjs';
import { loadWithWrk } from './support/wrk.mjs';

const seconds = Number(process.env.BENCH_SECONDS || 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SEGMENT_BYTES = 1_000_000;
const SEGMENTS = 10;
const NGINX_INSTALL_HINT = 'sudo apt-get install -y nginx';
const WRK_INSTALL_HINT = 'sudo apt-get install -y wrk';

requireBuilt('apps/server/dist/main.js', 'libs/core/dist/index.js');

await runMain(async (stopRequest) => {
  const env = await benchEnv();
  const clipstream = await startClipstream(env);
  const owner = await registerUser(clipstream.baseUrl, 'bench_owner');
  const videos = await openVideoWriter(clipstream.databaseUrl);
  const videoId = await videos
    .createReadyVideo(owner.id, { title: 'Segment serving' })
    .finally(() => videos.close());
  const segment = writeSegments(join(clipstream.dataDir, 'videos', videoId, 'hls', '720p'));
  const path = `/media/videos/${videoId}/hls/720p/${segment}`;

  const nginx = await findOrInstall('nginx');
  if (!nginx) warn(`nginx is not installed (${NGINX_INSTALL_HINT}); only Clipstream is measured.`);
  const wrk = await findOrInstall('wrk');
  if (!wrk)
    warn(`wrk is not installed (${WRK_INSTALL_HINT}): autocannon's figures below are bound by the client.`);
  const nginxUrl =
    nginx && (await startNginx(nginx, { '/media/videos/': `${join(clipstream.dataDir, 'videos')}/` }));

  const targets = [['Clipstream /media', clipstream.baseUrl + path]];
  if (nginxUrl) targets.unshift(['nginx (baseline)', nginxUrl + path]);
  for (const [name, url] of targets) await expectSegment(name, url);

  // the servers take turns, so a change in the machine's other load reaches both alike
  const runs = new Map(targets.map(([name]) => [name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, url] of targets) {
      if (stopRequest.aborted) return 1;
      step(`Round ${round}/${ROUNDS}: loading ${name} for ${seconds} s…`);
      const options = { seconds, stopRequest };
      runs.get(name).push(await (wrk ? loadWithWrk(wrk, name, url, options) : load(name, url, options)));
    }
  }
  report(
    [...runs].map(([name, rounds]) => summarise(name, rounds)),
    wrk ? 'wrk' : 'autocannon',
  );
  return 0;
});

/** Random bytes stand in for video: what is measured is moving 1 MB files, not their content. */
function writeSegments(dir) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < SEGMENTS; i++) writeFileSync(join(dir, segmentName(i)), randomBytes(SEGMENT_BYTES));
  return segmentName(Math.floor(SEGMENTS / 2));
}

function segmentName(i) {
  return `seg-${String(i).padStart(5, '0')}.ts`;
}

async function expectSegment(name, url) {
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200 || body.length !== SEGMENT_BYTES)
    fail(`${name} answered ${response.status} with ${body.length} bytes for ${url}`);
}

/** The median round of each figure: one disturbed round does not decide the result. */
function summarise(name, rounds) {
  return {
    name,
    requestsPerSecond: percentile(
      rounds.map((r) => r.requestsPerSecond),
      0.5,
    ),
    p99Ms: percentile(
      rounds.map((r) => r.p99Ms),
      0.5,
    ),
    rounds,
  };
}

function report(results, client) {
  const baseline = results.find((r) => r.name.startsWith('nginx'));
  const clipstream = results.find((r) => r.name.startsWith('Clipstream'));
  console.log(
    '\nHLS segments of 1 MB, %s, 32 connections, median of %d rounds of %d s (higher req/s, lower p99 are better)\n',
    client,
    ROUNDS,
    seconds,
  );
  printTable(
    ['server', 'req/s', 'MB/s', 'p99 ms', 'req/s vs nginx', 'p99 vs nginx'],
    results.map((r) => [
      r.name,
      Math.round(r.requestsPerSecond),
      Math.round((r.requestsPerSecond * SEGMENT_BYTES) / 1e6),
      r.p99Ms,
      baseline ? `${fixed(ratio(r.requestsPerSecond, baseline.requestsPerSecond))}×` : 'n/a',
      baseline ? `${fixed(ratio(r.p99Ms, Math.max(baseline.p99Ms, 1)), 1)}×` : 'n/a',
    ]),
  );
  printTargets([
    {
      name: 'segment serving req/s vs nginx',
      value: baseline ? ratio(clipstream.requestsPerSecond, baseline.requestsPerSecond) : NaN,
      limit: 0.7,
      atMost: false,
      unit: '×',
      note: baseline
        ? `rounds: ${clipstream.rounds.map((r, i) => fixed(ratio(r.requestsPerSecond, baseline.rounds[i].requestsPerSecond))).join(', ')}`
        : `nginx missing: ${NGINX_INSTALL_HINT}`,
    },
  ]);
  saveResults('segment-serving', {
    client,
    rounds: ROUNDS,
    seconds,
    connections: 32,
    segmentBytes: SEGMENT_BYTES,
    results,
  });
}
