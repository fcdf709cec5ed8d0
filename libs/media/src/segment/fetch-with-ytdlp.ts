import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { localInputArgs } from '../process/ffmpeg-input';
import { SECTION_TIME_OFFSET } from '../ytdlp/download-args';
import { needsYtDlp } from '../ytdlp/map-ytdlp-info';
import type { MediaStream, SourceInspection } from '../ytdlp/source-inspection';
import type { YtDlp } from '../ytdlp/ytdlp';
import { watchGrowth } from './growth-progress';
import { planStreams, type InputArgs, type SegmentPlan } from './plan-segment';
import type { SegmentProgress } from './segment-progress';

/**
 * A section starts on the fragment holding its start, and ffmpeg copies from a keyframe before it: a few
 * seconds more on each side make sure the exact cut finds every frame it needs in what was fetched.
 */
const LEAD_SECONDS = 5;
const TAIL_SECONDS = 1;

export interface YtDlpFetchOptions {
  ytdlp: YtDlp;
  inspection: SourceInspection;
  plan: SegmentPlan;
  /** The segment, in seconds of the source. */
  start: number;
  length: number;
  workDir: string;
  signal?: AbortSignal;
  onProgress?: (progress: SegmentProgress) => void;
}

export interface FetchedLocally {
  /** Reads the local file as `segmentArgs` and `fetchRangeArgs` read a remote stream. */
  inputArgs: InputArgs;
  /** True when the protocol allows no sections and the whole stream was fetched. */
  whole: boolean;
}

/** Whether a plan's streams come through yt-dlp (DASH and the like) rather than ffmpeg alone. */
export function planNeedsYtDlp(plan: SegmentPlan): boolean {
  return planStreams(plan).some(needsYtDlp);
}

/**
 * Fetches the plan's streams with yt-dlp into the work folder: only the section around the segment when
 * the protocol allows (DASH), else the whole stream. The exact cut is then made locally from that file.
 */
export async function fetchWithYtDlp(options: YtDlpFetchOptions): Promise<FetchedLocally> {
  const { plan, start, length, inspection } = options;
  const streams = planStreams(plan);
  const whole = streams.some((stream) => stream.fetch === 'ytdlp-whole');
  const end = Math.min(inspection.duration ?? Number.POSITIVE_INFINITY, start + length + TAIL_SECONDS);
  const section = whole ? undefined : { start: Math.max(0, start - LEAD_SECONDS), end };
  const directory = join(options.workDir, 'ytdlp');
  await mkdir(directory);
  const seconds = section ? section.end - section.start : inspection.duration;
  const stopWatching =
    options.onProgress && watchGrowth(directory, expectedBytes(streams, seconds), options.onProgress);
  let path: string;
  try {
    path = await options.ytdlp.download(
      { url: inspection.url, formatIds: streams.map((stream) => stream.formatId), section, directory },
      options.signal,
    );
  } finally {
    stopWatching?.();
  }
  const offset = section ? SECTION_TIME_OFFSET : 0;
  return {
    // The file keeps the source's timestamps (moved by `offset`): seek to them, not from its first packet.
    inputArgs: (_stream, { seekTo, duration }) => [
      ...['-seek_timestamp', '1', '-ss', (offset + seekTo).toFixed(6), '-t', duration.toFixed(3)],
      ...localInputArgs(path),
    ],
    whole,
  };
}

/** Bitrate × seconds over the streams, when every bitrate is known. */
function expectedBytes(streams: readonly MediaStream[], seconds: number | null): number | null {
  if (!seconds || streams.some((stream) => !stream.tbr)) return null;
  return streams.reduce((total, stream) => total + (stream.tbr! * 1000 * seconds) / 8, 0);
}
