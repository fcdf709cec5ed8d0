import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runFfmpeg } from '../process/run-ffmpeg';
import { AAC_LC_CODEC } from './h264-level';
import { hlsPassArgs, renditionPlaylist } from './hls-pass-args';
import { HlsRendition, writeMasterPlaylist } from './master-playlist';
import type { LadderPlan, VideoRung } from './plan-ladder';
import { readAvcCodec } from './avc-codec-of-segment';
import { measureRendition, RenditionStats } from './rendition-stats';

export type TranscodeStage = 'first-rendition' | 'ladder';

export interface TranscodeProgress {
  /** 0–100 over the whole transcode, from ffmpeg's output time against the duration. */
  percent: number;
  stage: TranscodeStage;
  /** Frames per second ffmpeg is encoding now. */
  fps: number;
}

export interface HlsOutput {
  /** Absolute path of `master.m3u8`. */
  master: string;
  /** Video renditions listed in the master, lowest first. */
  renditions: HlsRendition[];
  /** The shared audio rendition (the only one for audio-only sources). */
  audio: HlsRendition | null;
}

export interface TranscodeToHlsOptions {
  input: string;
  /** The demuxer from assertPlayableUpload. */
  forceFormat?: string;
  outputDir: string;
  plan: LadderPlan;
  /** At most about two calls a second (ffmpeg's report period). */
  onProgress?: (progress: TranscodeProgress) => void;
  /**
   * Awaited once, as soon as the master playlist lists a playable rendition: publish the video then.
   * The master is rewritten with the whole ladder before transcodeToHls resolves.
   */
  onFirstRendition?: (output: HlsOutput) => void | Promise<void>;
  /** Aborting kills ffmpeg and rejects with the signal's reason. */
  signal?: AbortSignal;
}

interface Pass {
  stage: TranscodeStage;
  rungs: VideoRung[];
  withAudio: boolean;
  /** Relative cost, to turn per-pass progress into one percentage. */
  weight: number;
}

/**
 * Source → HLS ladder (H.264 + one shared AAC rendition, segments aligned across renditions).
 *
 * Watchable early: one ffmpeg process feeds every encoder frame by frame in lockstep, so within a single
 * process the lowest rung finishes only when the biggest does — waiting for its ENDLIST would publish
 * nothing early. So by default the lowest rung (with the audio) is encoded first in a quick pass of its
 * own (a 240p encode costs little more than decoding the source), the master is published with it, and
 * then ONE ffmpeg process decodes the source once more and encodes the rest of the ladder together.
 * Both passes force keyframes on the same time grid from the same frames, so all renditions switch
 * cleanly. `earlyFirstRendition: false` in the profile encodes the whole ladder in a single process.
 */
export async function transcodeToHls(options: TranscodeToHlsOptions): Promise<HlsOutput> {
  const { plan, outputDir } = options;
  await mkdir(outputDir, { recursive: true });
  const passes = planPasses(plan);
  const totalWeight = passes.reduce((sum, pass) => sum + pass.weight, 0);
  const output: HlsOutput = { master: join(outputDir, 'master.m3u8'), renditions: [], audio: null };
  let doneWeight = 0;
  let audioStats: RenditionStats | null = null;

  for (const [index, pass] of passes.entries()) {
    const { input, forceFormat } = options;
    const args = hlsPassArgs({
      input,
      forceFormat,
      outputDir,
      plan,
      rungs: pass.rungs,
      withAudio: pass.withAudio,
    });
    await runFfmpeg(args, {
      signal: options.signal,
      onProgress: ({ outTime, fps }) => {
        const passFraction = plan.duration > 0 ? Math.min(1, outTime / plan.duration) : 0;
        const percent = ((doneWeight + pass.weight * passFraction) / totalWeight) * 100;
        options.onProgress?.({ percent: Math.round(percent * 10) / 10, stage: pass.stage, fps });
      },
    });
    doneWeight += pass.weight;

    if (pass.withAudio && plan.audio) {
      audioStats = await measureRendition(
        join(outputDir, renditionPlaylist(plan.audio.name)),
        plan.segmentSeconds,
      );
      output.audio = audioRendition(plan.audio.name, audioStats);
    }
    for (const rung of pass.rungs) {
      output.renditions.push(await videoRendition(outputDir, rung, plan.segmentSeconds, audioStats));
    }
    await writeMasterPlaylist(outputDir, output.renditions, output.audio);
    if (index === 0) await options.onFirstRendition?.(snapshot(output));
  }
  return output;
}

function planPasses(plan: LadderPlan): Pass[] {
  const [lowest, ...rest] = plan.video;
  const withAudio = plan.audio !== null;
  if (!lowest) return [{ stage: 'ladder', rungs: [], withAudio, weight: 1 }];
  const decodeWeight = plan.sourceWidth * plan.sourceHeight * 0.3;
  const weigh = (rungs: VideoRung[]) => decodeWeight + rungs.reduce((sum, r) => sum + r.width * r.height, 0);
  if (!plan.earlyFirstRendition || rest.length === 0) {
    return [{ stage: 'ladder', rungs: plan.video, withAudio, weight: weigh(plan.video) }];
  }
  return [
    { stage: 'first-rendition', rungs: [lowest], withAudio, weight: weigh([lowest]) },
    { stage: 'ladder', rungs: rest, withAudio: false, weight: weigh(rest) },
  ];
}

async function videoRendition(
  outputDir: string,
  rung: VideoRung,
  segmentSeconds: number,
  audio: RenditionStats | null,
): Promise<HlsRendition> {
  const playlist = renditionPlaylist(rung.name);
  const stats = await measureRendition(join(outputDir, playlist), segmentSeconds);
  const videoCodec = await readAvcCodec(stats.firstSegment);
  return {
    name: rung.name,
    quality: rung.quality,
    width: rung.width,
    height: rung.height,
    playlist,
    bandwidth: stats.peakBitrate + (audio?.peakBitrate ?? 0),
    averageBandwidth: stats.averageBitrate + (audio?.averageBitrate ?? 0),
    codecs: audio ? `${videoCodec},${AAC_LC_CODEC}` : videoCodec,
  };
}

function audioRendition(name: string, stats: RenditionStats): HlsRendition {
  return {
    name,
    quality: 0,
    width: 0,
    height: 0,
    playlist: renditionPlaylist(name),
    bandwidth: stats.peakBitrate,
    averageBandwidth: stats.averageBitrate,
    codecs: AAC_LC_CODEC,
  };
}

function snapshot(output: HlsOutput): HlsOutput {
  return { ...output, renditions: [...output.renditions] };
}
