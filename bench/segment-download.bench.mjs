// The segment downloader against the naive way, in one run: a 30 s segment from minute 4 of a generated
// 10-minute 720p MP4 served by the tests' media origin (byte ranges, throttled to BENCH_LINK_MBPS per
// response, default 100 Mbit/s, counting the bytes it sends).
//  - naive (baseline): download the whole file, then cut it locally with the same exact re-encode;
//  - ours: `downloadSegment` of libs/media, through the egress guard (127.0.0.1 allowed).
// Bytes fetched, wall time (median of BENCH_ROUNDS, default 3, taking turns) and the cut's accuracy
// (duration, first frame against the source's frame at 4:00).
// Targets (issue 4): bytes ≤ 1.3 × the segment's share + 2 MB; wall ≤ 0.25 × naive; exact first frame;
// duration within ±0.1 s. Then the long segment (5 minutes of 720p): ours (a smart cut: only the ends
// re-encoded, the rest copied) against re-encoding the whole segment (target ≤ 0.3×), a stream copy for
// reference, its bytes and its accuracy.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { runMain } from '../scripts/lib/main.mjs';
import { onShutdown } from '../scripts/lib/process.mjs';
import { step } from '../scripts/lib/log.mjs';
import { benchEnv, QUICK, requireBuilt } from './support/bench-env.mjs';
import { firstFrameDistance } from './support/frames.mjs';
import { fixed, percentile, printTable, printTargets, ratio, saveResults } from './support/report.mjs';
import { importTypeScript } from './support/typescript-module.mjs';

requireBuilt('libs/media/dist/index.js');
const { default: media } = await import('../libs/media/dist/index.js');

const LINK_MBPS = Number(process.env.BENCH_LINK_MBPS || 100);
const SOURCE = { seconds: 600, height: 720 };
const SEGMENT = { start: 240, length: 30 };
const LONG_SEGMENT = { start: 120, length: 300 };
const MB = 1e6;
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);

await runMain(async (stopRequest) => {
  await benchEnv({ services: false, tools: ['ffmpeg', 'ffprobe', 'yt-dlp'] });
  const { generateSourceVideo, startMediaOrigin } = await importTypeScript('test/support/media-origin.ts');
  const work = mkdtempSync(join(tmpdir(), 'clipstream-bench-segment-'));
  onShutdown(async () => rmSync(work, { recursive: true, force: true }));
  step('Preparing the 10-minute 720p source (generated once, cached with the tests’ media)…');
  const source = await generateSourceVideo(work, SOURCE);
  const sourceBytes = statSync(source.mp4Path).size;
  const origin = await startMediaOrigin({ root: work, throttleBytesPerSecond: (LINK_MBPS * MB) / 8 });
  onShutdown(() => origin.close());
  const guard = await media.EgressGuard.start({ allowlist: ['127.0.0.1'] });
  onShutdown(() => guard.close());
  const url = `${origin.url}/${source.mp4Name}`;

  step('Inspecting the source (yt-dlp -J, then ffprobe through the guard)…');
  const ytdlp = new media.YtDlp({ proxyUrl: guard.url, allowlist: ['127.0.0.1'] });
  const inspection = await timed(() => ytdlp.inspect(url, { signal: stopRequest }));
  inspection.bytes = origin.bytesSent();

  // the two take turns, so a change in the machine's other load reaches both alike; medians reported
  const runs = { ours: [], naive: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    if (stopRequest.aborted) return 1;
    step(`Round ${round}/${ROUNDS}: ours (downloadSegment of 4:00–4:30)…`);
    origin.resetCounts();
    const ours = await timed(() =>
      media.downloadSegment({
        inspection: inspection.result,
        start: SEGMENT.start,
        end: SEGMENT.start + SEGMENT.length,
        output: join(work, 'ours.mp4'),
        proxyUrl: guard.url,
        signal: stopRequest,
      }),
    );
    runs.ours.push({ seconds: ours.seconds, bytes: origin.bytesSent() });

    step(`Round ${round}/${ROUNDS}: naive (the whole file, then the same cut locally)…`);
    origin.resetCounts();
    const download = await timed(() => downloadWhole(url, join(work, 'whole.mp4'), stopRequest));
    const cut = await timed(() =>
      cutLocally(inspection.result, join(work, 'whole.mp4'), SEGMENT, join(work, 'naive.mp4'), stopRequest),
    );
    runs.naive.push({
      seconds: download.seconds + cut.seconds,
      downloadSeconds: download.seconds,
      bytes: origin.bytesSent(),
    });
  }
  const ours = median(runs.ours);
  const naive = median(runs.naive);

  step('Measuring both cuts against the source…');
  ours.accuracy = await accuracyOf(join(work, 'ours.mp4'), source.mp4Path, SEGMENT.start);
  naive.accuracy = await accuracyOf(join(work, 'naive.mp4'), source.mp4Path, SEGMENT.start);

  const long = QUICK
    ? null
    : await longSegment({ inspection: inspection.result, url, origin, guard, work, source, stopRequest });
  report({ sourceBytes, inspection, ours, naive, long });
  return 0;
});

/** Each figure's median over the rounds, and the rounds themselves. */
function median(rounds) {
  const of = (key) =>
    percentile(
      rounds.map((round) => round[key]),
      0.5,
    );
  return { seconds: of('seconds'), downloadSeconds: of('downloadSeconds'), bytes: of('bytes'), rounds };
}

async function timed(work) {
  const started = performance.now();
  const result = await work();
  return { seconds: (performance.now() - started) / 1000, result };
}

async function downloadWhole(url, path, signal) {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`the origin answered ${response.status} for ${url}`);
  await pipeline(Readable.fromWeb(response.body), createWriteStream(path));
}

/** The library's own exact cut (segmentArgs), reading a local copy instead of the site. */
function cutLocally(inspection, input, { start, length }, output, signal) {
  const plan = media.planSegment(inspection, 'best', 'mp4');
  const inputArgs = (_stream, { seekTo, duration }) => [
    ...['-ss', seekTo.toFixed(3), '-t', duration.toFixed(3)],
    ...media.localInputArgs(input),
  ];
  return media.runFfmpeg(media.segmentArgs(plan, inputArgs, start, length, output), { signal });
}

async function accuracyOf(cutFile, sourceFile, start) {
  const probe = await media.probeMedia(cutFile, { formatWhitelist: null });
  return {
    duration: probe.duration,
    firstFrame: await firstFrameDistance(cutFile, sourceFile, start),
  };
}

/**
 * Issue 4 asks that a long exact cut cost little more than a stream copy: ours, a smart cut (only the
 * frames up to the first keyframe and after the last one re-encoded, the rest copied), against the same
 * exact cut done by re-encoding the whole segment (segmentArgs straight from the origin), and a plain
 * stream copy (not exact) for reference. Each once, in turn.
 */
async function longSegment({ inspection, url, origin, work, guard, source, stopRequest }) {
  const { start, length } = LONG_SEGMENT;
  step('Long segment: ours, downloadSegment of 2:00–7:00 (smart cut)…');
  origin.resetCounts();
  const smart = await timed(() =>
    media.downloadSegment({
      inspection,
      start,
      end: start + length,
      output: join(work, 'long-smart.mp4'),
      proxyUrl: guard.url,
      signal: stopRequest,
    }),
  );
  smart.bytes = origin.bytesSent();
  smart.accuracy = await accuracyOf(join(work, 'long-smart.mp4'), source.mp4Path, start);

  step('Long segment: the exact cut by re-encoding the whole segment…');
  origin.resetCounts();
  const plan = media.planSegment(inspection, 'best', 'mp4');
  const remoteInput = (_stream, window) => [
    ...['-protocol_whitelist', 'http,tcp'],
    ...['-ss', window.seekTo.toFixed(3), '-t', window.duration.toFixed(3), '-i', url],
  ];
  const reencode = await timed(() =>
    media.runFfmpeg(media.segmentArgs(plan, remoteInput, start, length, join(work, 'long-reencode.mp4')), {
      signal: stopRequest,
    }),
  );
  reencode.bytes = origin.bytesSent();

  step('Long segment: stream copy of 2:00–7:00 (starts on the keyframe before, not exact)…');
  origin.resetCounts();
  const copy = await timed(() =>
    media.runFfmpeg(
      [
        ...media.FFMPEG_BASE_ARGS,
        ...['-protocol_whitelist', 'http,tcp', '-ss', String(start), '-t', String(length)],
        ...['-i', url, '-c', 'copy', '-movflags', '+faststart', join(work, 'long-copy.mp4')],
      ],
      { signal: stopRequest },
    ),
  );
  copy.bytes = origin.bytesSent();
  return { smart, reencode, copy };
}

function report({ sourceBytes, inspection, ours, naive, long }) {
  const share = sourceBytes * (SEGMENT.length / SOURCE.seconds);
  const byteLimit = 1.3 * share + 2 * MB;
  const longShare = sourceBytes * (LONG_SEGMENT.length / SOURCE.seconds);

  console.log(
    `\n30 s from 4:00 of a 10-minute 720p MP4 (${fixed(sourceBytes / MB, 1)} MB; the segment's share ${fixed(share / MB, 1)} MB), ` +
      `origin throttled to ${LINK_MBPS} Mbit/s per response; median of ${ROUNDS} rounds\n`,
  );
  const row = (name, run) => [
    name,
    fixed(run.bytes / MB, 1),
    fixed(run.seconds, 1),
    fixed(run.accuracy.duration, 3),
    `${fixed(run.accuracy.firstFrame.exact)} (±0.1 s: ${fixed(run.accuracy.firstFrame.before)} / ${fixed(run.accuracy.firstFrame.after)})`,
    run.accuracy.firstFrame.isExact ? 'yes' : 'no',
    `${fixed(ratio(run.bytes, naive.bytes))}×`,
    `${fixed(ratio(run.seconds, naive.seconds))}×`,
  ];
  printTable(
    [
      'approach',
      'MB fetched',
      'wall s',
      'duration s',
      'first-frame diff vs 4:00 (vs neighbours)',
      'exact frame',
      'bytes vs naive',
      'wall vs naive',
    ],
    [
      row(`naive: whole file (${fixed(naive.downloadSeconds, 1)} s), then cut (baseline)`, naive),
      row('ours: downloadSegment', ours),
    ],
  );
  console.log(
    `\nInspection before either (yt-dlp -J + ffprobe, once per URL, cached by the server): ${fixed(inspection.seconds, 1)} s, ` +
      `${fixed(inspection.bytes / MB, 2)} MB; not counted above.`,
  );

  console.log('\nLong segment: 5 minutes (2:00–7:00) of the same source');
  if (long) {
    const row = (name, run, extra) => [
      name,
      fixed(run.bytes / MB, 1),
      fixed(run.seconds, 1),
      `${fixed(ratio(run.seconds, long.reencode.seconds))}×`,
      ...extra,
    ];
    printTable(
      ['cut', 'MB fetched', 'wall s', 'wall vs re-encode', 'duration s', 'first frame vs 2:00'],
      [
        row('exact: re-encode the whole segment (baseline)', long.reencode, ['', '']),
        row(`ours: downloadSegment (smart cut: ${long.smart.result.smartCut ? 'yes' : 'NO'})`, long.smart, [
          fixed(long.smart.accuracy.duration, 3),
          `${fixed(long.smart.accuracy.firstFrame.exact)} (${long.smart.accuracy.firstFrame.isExact ? 'exact' : 'NOT exact'})`,
        ]),
        row('stream copy (not exact: starts on the keyframe before)', long.copy, ['', '']),
      ],
    );
  } else {
    console.log('(skipped with BENCH_QUICK=1)');
  }

  printTargets([
    {
      name: 'bytes fetched (MB)',
      value: ours.bytes / MB,
      limit: Number(fixed(byteLimit / MB, 1)),
      note: '1.3 × share + 2 MB',
    },
    {
      name: 'wall vs naive',
      value: ratio(ours.seconds, naive.seconds),
      limit: 0.25,
      unit: '×',
      note: `rounds: ${ours.rounds.map((run, i) => fixed(ratio(run.seconds, naive.rounds[i].seconds))).join(', ')}`,
    },
    {
      name: 'first-frame difference vs the source at 4:00',
      value: ours.accuracy.firstFrame.exact,
      limit: 2,
      note: ours.accuracy.firstFrame.isExact ? 'exact frame' : 'not the exact frame',
    },
    { name: 'duration error (s)', value: Math.abs(ours.accuracy.duration - SEGMENT.length), limit: 0.1 },
    ...(long
      ? [
          {
            name: 'long exact cut (smart cut) vs re-encoding the whole segment',
            value: ratio(long.smart.seconds, long.reencode.seconds),
            limit: 0.3,
            unit: '×',
          },
          {
            name: 'long cut: bytes fetched (MB)',
            value: long.smart.bytes / MB,
            limit: Number(fixed((1.3 * longShare + 2 * MB) / MB, 1)),
            note: '1.3 × share + 2 MB',
          },
          {
            name: 'long cut: first-frame difference vs the source at 2:00',
            value: long.smart.accuracy.firstFrame.exact,
            limit: 2,
            note: long.smart.accuracy.firstFrame.isExact ? 'exact frame' : 'not the exact frame',
          },
          {
            name: 'long cut: duration error (s)',
            value: Math.abs(long.smart.accuracy.duration - LONG_SEGMENT.length),
            limit: 0.1,
          },
        ]
      : []),
  ]);
  saveResults('segment-download', {
    linkMbps: LINK_MBPS,
    sourceBytes,
    segment: SEGMENT,
    inspection: { seconds: inspection.seconds, bytes: inspection.bytes },
    rounds: ROUNDS,
    ours,
    naive,
    long: long && {
      smart: { seconds: long.smart.seconds, bytes: long.smart.bytes, accuracy: long.smart.accuracy },
      reencode: { seconds: long.reencode.seconds, bytes: long.reencode.bytes },
      copy: { seconds: long.copy.seconds, bytes: long.copy.bytes },
    },
  });
}
