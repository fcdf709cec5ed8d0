// The video pipeline's transcode, on one generated 1080p source (60 s; 20 s with BENCH_QUICK=1) encoded as
// cameras and phones do (x264 medium, High profile with CABAC and B-frames, 10 Mbit/s), in one run:
//  1. the ladder one ffmpeg process per rendition, each with its own audio (the baseline);
//  2. the whole ladder in ONE ffmpeg process (`earlyFirstRendition: false`), as the worker runs it
//     (the CODECS of each rendition read back, the master written);
//  3. the default profile: the lowest rendition first in a quick pass, then the rest in one process.
// 1 and 2 are measured BENCH_ROUNDS times (2; 1 with BENCH_QUICK=1), alternating which goes first, so a
// machine that gets busier or quieter during the run weighs on both alike; the ratio is of the totals.
// Wall time and CPU time (user + system of the ffmpeg/ffprobe children) of each, with the default preset.
// Targets (issue 3): one-process CPU ≤ 0.7 × per-rendition CPU; first playable ≤ 30 % of the total time.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../scripts/lib/main.mjs';
import { onShutdown } from '../scripts/lib/process.mjs';
import { step } from '../scripts/lib/log.mjs';
import { benchEnv, QUICK, requireBuilt } from './support/bench-env.mjs';
import { measureChildren } from './support/child-cpu.mjs';
import { fixed, printTable, printTargets, ratio, saveResults } from './support/report.mjs';

requireBuilt('libs/media/dist/index.js', 'libs/media/dist/process/test-media.js');
const { default: media } = await import('../libs/media/dist/index.js');
const { generateVideo } = await import('../libs/media/dist/process/test-media.js');

const SOURCE = {
  width: 1920,
  height: 1080,
  fps: 30,
  seconds: QUICK ? 20 : 60,
  // BENCH_SOURCE_PRESET=ultrafast: a source as cheap to decode as a test pattern can be (CAVLC, no B-frames)
  preset: process.env.BENCH_SOURCE_PRESET || 'medium',
  bitrate: '10M',
};
const ROUNDS = Number(process.env.BENCH_ROUNDS || (QUICK ? 1 : 2));
const CACHE_DIR = join(tmpdir(), 'clipstream-bench-cache');

await runMain(async (stopRequest) => {
  await benchEnv({ services: false, tools: ['ffmpeg', 'ffprobe'] });
  const input = await cachedSource();
  const probe = await media.probeMedia(input);
  const forceFormat = media.assertPlayableUpload(probe);
  const work = mkdtempSync(join(tmpdir(), 'clipstream-bench-transcode-'));
  onShutdown(async () => rmSync(work, { recursive: true, force: true }));
  const oneProcessPlan = media.planLadder(
    probe,
    media.resolveTranscodeProfile({ earlyFirstRendition: false }),
  );
  const defaultPlan = media.planLadder(probe, media.resolveTranscodeProfile());
  const rungs = oneProcessPlan.video.map((rung) => rung.name).join(', ');
  const preset = oneProcessPlan.video[0].preset;
  step(
    `Source ${SOURCE.seconds} s ${SOURCE.width}×${SOURCE.height} @${SOURCE.fps}; ladder ${rungs}; preset ${preset}; ${ROUNDS} round(s).`,
  );

  const perRenditionRuns = async (round) => {
    const runs = [];
    for (const rung of oneProcessPlan.video) {
      if (stopRequest.aborted) break;
      step(`Round ${round + 1}, per-rendition baseline: ${rung.name} with its own audio…`);
      const outputDir = join(work, `per-rendition-${round}`, rung.name);
      mkdirSync(outputDir, { recursive: true });
      const args = media.hlsPassArgs({
        input,
        forceFormat,
        outputDir,
        plan: oneProcessPlan,
        rungs: [rung],
        withAudio: true,
      });
      runs.push({
        name: rung.name,
        ...(await measureChildren(() => media.runFfmpeg(args, { signal: stopRequest }))),
      });
    }
    return runs;
  };
  const oneProcessRun = (round) => {
    step(`Round ${round + 1}, one-process ladder (earlyFirstRendition: false)…`);
    return measureChildren(() =>
      media.transcodeToHls({
        input,
        forceFormat,
        outputDir: join(work, `one-process-${round}`),
        plan: oneProcessPlan,
        signal: stopRequest,
      }),
    );
  };

  const rounds = [];
  for (let round = 0; round < ROUNDS && !stopRequest.aborted; round++) {
    let perRendition;
    let oneProcess;
    if (round % 2 === 0) {
      perRendition = await perRenditionRuns(round);
      oneProcess = await oneProcessRun(round);
    } else {
      oneProcess = await oneProcessRun(round);
      perRendition = await perRenditionRuns(round);
    }
    rounds.push({ perRendition, baseline: total(perRendition), oneProcess });
  }
  if (stopRequest.aborted) return 1;

  step('Default profile (lowest rendition published first)…');
  let firstPlayableSeconds = NaN;
  const early = await measureChildren((started) =>
    media.transcodeToHls({
      input,
      forceFormat,
      outputDir: join(work, 'default'),
      plan: defaultPlan,
      signal: stopRequest,
      onFirstRendition: () => {
        firstPlayableSeconds = (performance.now() - started) / 1000;
      },
    }),
  );

  report({ rounds, early, firstPlayableSeconds, rungs, preset });
  return 0;
});

function total(runs) {
  return {
    wallSeconds: runs.reduce((sum, run) => sum + run.wallSeconds, 0),
    cpuSeconds: runs.reduce((sum, run) => sum + run.cpuSeconds, 0),
  };
}

/** Per round: the mean of the rounds. */
function meanOf(runs) {
  const sum = total(runs);
  return { wallSeconds: sum.wallSeconds / runs.length, cpuSeconds: sum.cpuSeconds / runs.length };
}

/** Generated once per size and kept under the system's temporary folder: later runs start at once. */
async function cachedSource() {
  const { width, height, fps, seconds, preset, bitrate } = SOURCE;
  const path = join(CACHE_DIR, `transcode-source-${seconds}s-${height}p${fps}-${preset}-${bitrate}.mp4`);
  if (existsSync(path)) return path;
  step(`Generating the ${seconds} s ${height}p source once (cached in ${CACHE_DIR})…`);
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${path}.${process.pid}.tmp.mp4`;
  onShutdown(async () => rmSync(partial, { force: true }));
  await generateVideo(partial, {
    width,
    height,
    fps,
    seconds,
    preset,
    outputArgs: ['-profile:v', 'high', '-b:v', bitrate, '-maxrate', bitrate, '-bufsize', '20M'],
  });
  renameSync(partial, path);
  return path;
}

function report({ rounds, early, firstPlayableSeconds, rungs, preset }) {
  const baseline = meanOf(rounds.map((round) => round.baseline));
  const oneProcess = meanOf(rounds.map((round) => round.oneProcess));
  const perRendition = rounds[0].perRendition.map(({ name }) =>
    meanOf(rounds.map((round) => round.perRendition.find((run) => run.name === name))),
  );
  console.log(
    `\nTranscode of ${SOURCE.seconds} s ${SOURCE.width}×${SOURCE.height}@${SOURCE.fps} (x264 ${SOURCE.preset}, ${SOURCE.bitrate}bit/s) ` +
      `to ${rungs} (${preset}); CPU = user + system of the ffmpeg/ffprobe processes; mean of ${rounds.length} round(s)\n`,
  );
  const row = (name, processes, run) => [
    name,
    processes,
    fixed(run.wallSeconds, 1),
    fixed(run.cpuSeconds, 1),
    `${fixed(ratio(run.wallSeconds, baseline.wallSeconds))}×`,
    `${fixed(ratio(run.cpuSeconds, baseline.cpuSeconds))}×`,
  ];
  printTable(
    ['run', 'ffmpeg processes', 'wall s', 'CPU s', 'wall vs per-rendition', 'CPU vs per-rendition'],
    [
      ...perRendition.map((run, i) => row(`per-rendition: ${rounds[0].perRendition[i].name}`, 1, run)),
      row('per-rendition, total (baseline)', perRendition.length, baseline),
      row('one-process ladder', 1, oneProcess),
      row('default: first rendition, then the rest', 2, early),
    ],
  );
  if (rounds.length > 1) {
    const each = rounds.map(
      (round) => `${fixed(ratio(round.oneProcess.cpuSeconds, round.baseline.cpuSeconds))}×`,
    );
    console.log(`\nOne-process CPU vs per-rendition CPU, round by round: ${each.join(', ')}.`);
  }
  console.log(
    `\nDefault profile: first playable after ${fixed(firstPlayableSeconds, 1)} s of ${fixed(early.wallSeconds, 1)} s ` +
      `(${fixed(ratio(firstPlayableSeconds, early.wallSeconds) * 100, 0)} %).`,
  );
  printTargets([
    {
      name: 'one-process CPU vs per-rendition CPU',
      value: ratio(oneProcess.cpuSeconds, baseline.cpuSeconds),
      limit: 0.7,
      unit: '×',
    },
    {
      name: 'first playable vs total time (default profile)',
      value: ratio(firstPlayableSeconds, early.wallSeconds),
      limit: 0.3,
      unit: '×',
    },
  ]);
  saveResults('transcode', {
    source: SOURCE,
    rungs,
    preset,
    rounds: rounds.map((round) => ({
      perRendition: round.perRendition.map(({ name, wallSeconds, cpuSeconds }) => ({
        name,
        wallSeconds,
        cpuSeconds,
      })),
      baseline: round.baseline,
      oneProcess: { wallSeconds: round.oneProcess.wallSeconds, cpuSeconds: round.oneProcess.cpuSeconds },
    })),
    baseline,
    oneProcess,
    early: { wallSeconds: early.wallSeconds, cpuSeconds: early.cpuSeconds, firstPlayableSeconds },
  });
}
