import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loopbackInputArgs, proxiedCommand, remoteInputArgs } from '../egress/remote-input';
import { probeMedia, type MediaProbe } from '../probe/probe-media';
import { ffmpegPath } from '../process/ffmpeg-binaries';
import { ProcessFailedError, runProcess } from '../process/run-process';
import { validateSegment } from '../time/segment-bounds';
import { SourceError } from '../ytdlp/source-error';
import type { SourceInspection } from '../ytdlp/source-inspection';
import type { YtDlp } from '../ytdlp/ytdlp';
import { classifyFfmpegError } from './classify-ffmpeg-error';
import {
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
  /** Set when the source could not seek, so everything up to the segment's end was fetched. */
  note: string | null;
}

/** Allowed gap between the output's measured length and the segment's (encoder framing, container rounding). */
const LENGTH_TOLERANCE_SECONDS = 0.15;
const NOT_SEEKABLE_NOTE =
  'The source does not support byte ranges: it was read from the start up to the end of the segment';

/**
 * Fetches only [start, end) of a source and cuts it exactly (see `segmentArgs`), with progress, cancel and
 * a check of the result. Writes `{output}.part` and renames it only once ffprobe agrees it is what was
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
  const relay = await RangeRelay.start({ proxyUrl: options.proxyUrl });
  // Progressive files go through the relay (bounded range requests). HLS segments are small already;
  // `-http_multiple 0` stops ffmpeg from opening the next segment before it knows it needs it.
  const inputArgs: InputArgs = (stream, window) =>
    stream.protocol.startsWith('m3u8')
      ? ['-http_multiple', '0', ...remoteInputArgs(stream.url, { headers: stream.headers, ...window })]
      : loopbackInputArgs(relay.expose(stream.url, stream.headers), window);
  try {
    const [command, args] = proxiedCommand(
      options.proxyUrl,
      ffmpegPath(),
      segmentArgs(plan, inputArgs, bounds.start, bounds.length, partial),
    );
    await runProcess(command, args, {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      onStdoutLine: options.onProgress && segmentProgressReader(bounds.length, options.onProgress),
    });
    const probe = await verifyOutput(partial, plan, bounds.length, options.signal);
    await rename(partial, options.output);
    return {
      path: options.output,
      size: probe.size,
      duration: probe.duration,
      quality: plan.quality,
      format: plan.format,
      hasVideo: probe.hasVideo,
      hasAudio: probe.hasAudio,
      height: probe.hasVideo ? probe.height : null,
      note: relay.notSeekable ? NOT_SEEKABLE_NOTE : null,
    };
  } catch (error) {
    await rm(partial, { force: true });
    if (options.signal?.aborted) throw options.signal.reason;
    if (error instanceof ProcessFailedError) throw relay.failure ?? classifyFfmpegError(error.stderr);
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new SourceError('timeout', 'The segment took too long to download');
    }
    throw error;
  } finally {
    await relay.close();
  }
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
