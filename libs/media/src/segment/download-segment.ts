import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loopbackInputArgs, proxiedCommand, remoteInputArgs } from '../egress/remote-input';
import { probeMedia, type MediaProbe } from '../probe/probe-media';
import { ffmpegPath } from '../process/ffmpeg-binaries';
import { ProcessFailedError, runProcess } from '../process/run-process';
import { validateSegment } from '../time/segment-bounds';
import { SourceError } from '../ytdlp/source-error';
import type { SourceInspection } from '../ytdlp/source-inspection';
import type { YtDlp } from '../ytdlp/ytdlp';
import { classifyFfmpegError } from './classify-ffmpeg-error';
import { cutLocalCopy } from './cut-local-copy';
import { fetchWithYtDlp, planNeedsYtDlp } from './fetch-with-ytdlp';
import {
  fetchRangeArgs,
  planSegment,
  segmentArgs,
  type InputArgs,
  type SegmentFormat,
  type SegmentPlan,
  type SegmentQuality,
} from './plan-segment';
import { RangeRelay } from './range-relay';
import { segmentProgressReader, type SegmentProgress } from './segment-progress';

export interface DownloadSegmentOptions {
  /** A fresh inspection of the source; or give `url` and `ytdlp` to inspect it now. */
  inspection?: SourceInspection;
  url?: string;
  /** Also fetches the streams ffmpeg cannot seek in alone (DASH and the like). */
  ytdlp?: YtDlp;
  /** Seconds (or any form parseTimecode reads). */
  start: number | string;
  end: number | string;
  quality?: SegmentQuality;
  format?: SegmentFormat;
  /** Longest segment allowed, in seconds. */
  maxLength?: number;
  /** Where the finished file goes; nothing exists there unless the download succeeded. */
  output: string;
  /** The egress guard every connection goes through. */
  proxyUrl: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  onProgress?: (progress: SegmentProgress) => void;
}

export interface SegmentResult {
  path: string;
  /** Bytes. */
  size: number;
  /** Seconds, as ffprobe measures the output. */
  duration: number;
  /** What the output really is (`720p`, `audio`, …): the nearest available to what was asked. */
  quality: string;
  format: SegmentFormat;
  hasVideo: boolean;
  hasAudio: boolean;
  height: number | null;
  /** True when only the ends were re-encoded and the rest copied from the source (see `smartCut`). */
  smartCut: boolean;
  /** Set when the source could not seek, so more than the segment was fetched (up to its end, or all). */
  note: string | null;
}

/** Allowed gap between the output's measured length and the segment's (encoder framing, container rounding). */
const LENGTH_TOLERANCE_SECONDS = 0.15;
const NOT_SEEKABLE_NOTE =
  'The source does not support byte ranges: it was read from the start up to the end of the segment';
const WHOLE_FILE_NOTE = 'The source cannot be fetched in parts: the whole video was fetched';

/**
 * Fetches only [start, end) of a source and cuts it exactly (see `segmentArgs`), with progress, cancel and
 * a check of the result. Streams ffmpeg cannot seek in (DASH, …) are fetched by yt-dlp first, a section
 * around the segment where it can, and cut from that local file the same way. Writes `{output}.part` and renames it only once ffprobe agrees it is what was
 * asked for; a failure or cancel removes it, so `output` never holds half a file.
 */
export async function downloadSegment(options: DownloadSegmentOptions): Promise<SegmentResult> {
  const inspection = options.inspection ?? (await inspectFirst(options));
  const bounds = validateSegment({
    start: options.start,
    end: options.end,
    duration: inspection.duration,
    maxLength: options.maxLength,
  });
  const plan = planSegment(inspection, options.quality ?? 'best', options.format ?? 'mp4');
  const partial = `${options.output}.part`;
  await mkdir(dirname(options.output), { recursive: true });
  // A picture kept at the source's size can be smart-cut: fetch the range first, cut it locally. Sound
  // and scaled pictures are re-encoded anyway, straight from the site.
  const smartCuttable = plan.format === 'mp4' && !!plan.video && !plan.scaleTo;
  const viaYtDlp = planNeedsYtDlp(plan);
  const workDir = smartCuttable || viaYtDlp ? await mkdtemp(`${options.output}.work-`) : null;
  const signal =
    options.timeoutMs === undefined
      ? options.signal
      : AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)].filter(isSignal));
  const relay = viaYtDlp ? null : await RangeRelay.start({ proxyUrl: options.proxyUrl });
  try {
    const fetched =
      workDir && viaYtDlp
        ? await fetchWithYtDlp({
            ytdlp: requireYtDlp(options.ytdlp),
            inspection,
            plan,
            start: bounds.start,
            length: bounds.length,
            workDir,
            signal,
            onProgress: options.onProgress && scaledProgress(options.onProgress),
          })
        : null;
    // Progressive files go through the relay (bounded range requests). HLS segments are small already;
    // `-http_multiple 0` stops ffmpeg from opening the next segment before it knows it needs it.
    const inputArgs: InputArgs =
      fetched?.inputArgs ??
      ((stream, window) =>
        stream.fetch === 'hls'
          ? ['-http_multiple', '0', ...remoteInputArgs(stream.url, { headers: stream.headers, ...window })]
          : loopbackInputArgs(relay!.expose(stream.url, stream.headers), window));
    const copy = workDir && smartCuttable ? join(workDir, 'range.nut') : null;
    // What yt-dlp fetched filled the bar up to 90 %: reading it locally is quick and reports nothing.
    const onProgress =
      options.onProgress && !fetched && (copy ? scaledProgress(options.onProgress) : options.onProgress);
    const [command, args] = proxiedCommand(
      options.proxyUrl,
      ffmpegPath(),
      copy
        ? fetchRangeArgs(plan, inputArgs, bounds.start, bounds.length, copy)
        : segmentArgs(plan, inputArgs, bounds.start, bounds.length, partial),
    );
    await runProcess(command, args, {
      signal,
      onStdoutLine: onProgress ? segmentProgressReader(bounds.length, onProgress) : undefined,
    });
    const smartCut =
      !!copy &&
      !!workDir &&
      (await cutLocalCopy({ plan, copy, workDir, length: bounds.length, output: partial, signal }));
    const probe = await verifyOutput(partial, plan, bounds.length, signal);
    await rename(partial, options.output);
    if (copy || fetched) options.onProgress?.({ percent: 100, etaSeconds: 0, bytes: probe.size });
    return {
      path: options.output,
      size: probe.size,
      duration: probe.duration,
      quality: plan.quality,
      format: plan.format,
      hasVideo: probe.hasVideo,
      hasAudio: probe.hasAudio,
      height: probe.hasVideo ? probe.height : null,
      smartCut,
      note: fetched?.whole ? WHOLE_FILE_NOTE : relay?.notSeekable ? NOT_SEEKABLE_NOTE : null,
    };
  } catch (error) {
    await rm(partial, { force: true });
    if (options.signal?.aborted) throw options.signal.reason;
    if (error instanceof ProcessFailedError) throw relay?.failure ?? classifyFfmpegError(error.stderr);
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new SourceError('timeout', 'The segment took too long to download');
    }
    throw error;
  } finally {
    await relay?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }
}

/** Fetching is most of a local cut's time: it fills the bar up to 90 %, the cut itself the rest. */
function scaledProgress(
  onProgress: (progress: SegmentProgress) => void,
): (progress: SegmentProgress) => void {
  return (progress) => onProgress({ ...progress, percent: Math.round(progress.percent * 9) / 10 });
}

function isSignal(signal: AbortSignal | undefined): signal is AbortSignal {
  return signal !== undefined;
}

function requireYtDlp(ytdlp: YtDlp | undefined): YtDlp {
  if (!ytdlp) throw new TypeError('downloadSegment needs a YtDlp for streams only yt-dlp can fetch');
  return ytdlp;
}

async function inspectFirst(options: DownloadSegmentOptions): Promise<SourceInspection> {
  if (!options.url || !options.ytdlp)
    throw new TypeError('downloadSegment needs an inspection, or a url and a YtDlp');
  return options.ytdlp.inspect(options.url, { signal: options.signal });
}

/** yt-dlp and ffmpeg can exit 0 after writing something useless: the file must have the tracks and length. */
async function verifyOutput(
  path: string,
  plan: SegmentPlan,
  length: number,
  signal?: AbortSignal,
): Promise<MediaProbe> {
  let probe: MediaProbe;
  try {
    probe = await probeMedia(path, { formatWhitelist: null, signal });
  } catch (error) {
    throw new SourceError('failed', 'The segment came out unreadable', String(error));
  }
  if (plan.video && !probe.hasVideo)
    throw new SourceError('failed', 'The segment came out without a picture');
  if (!plan.video && !probe.hasAudio) throw new SourceError('failed', 'The segment came out without sound');
  if (Math.abs(probe.duration - length) > LENGTH_TOLERANCE_SECONDS) {
    throw new SourceError(
      'failed',
      probe.duration < length
        ? `The source ended before the requested end: the segment lasts ${probe.duration.toFixed(2)} s of ${length} s`
        : `The segment lasts ${probe.duration.toFixed(2)} s instead of ${length} s`,
    );
  }
  return probe;
}
