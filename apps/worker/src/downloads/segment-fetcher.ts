import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@clipstream/core';
import {
  downloadSegment,
  EgressGuard,
  HandedInspection,
  SegmentFormat,
  SegmentQuality,
  YtDlp,
} from '@clipstream/media';
import type { TrackedProgress } from './download-tracker';
import { EGRESS_GUARD } from './egress.module';

/** What to fetch: a Download row fits, and so does an import. */
export interface SegmentRequest {
  url: string;
  /** Seconds; null for the start or the end of the video. */
  start?: number | null;
  end?: number | null;
  quality: string;
  format: string;
  fileName: string;
}

export interface FetchOptions {
  /** An empty scratch folder on this machine. */
  workDir: string;
  source?: HandedInspection;
  signal: AbortSignal;
  onProgress: (progress: TrackedProgress) => void;
}

export interface FetchedSegment {
  path: string;
  /** Set when the source could not seek: more than the segment was fetched (from its start, or all). */
  note: string | null;
}

/** Stream URLs may be signed for a few hours: an inspection older than this is made again. */
const FRESH_MS = 10 * 60_000;

/**
 * The media side of a download: the inspection the server handed over while it is fresh (asking the site
 * twice costs bytes and seconds), else a new one; then only the requested range, cut and checked, all
 * through the guard.
 */
@Injectable()
export class SegmentFetcher {
  constructor(
    private readonly ytdlp: YtDlp,
    @Inject(EGRESS_GUARD) private readonly guard: EgressGuard,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async fetch(
    request: SegmentRequest,
    { workDir, source, signal, onProgress }: FetchOptions,
  ): Promise<FetchedSegment> {
    const fresh = source && Date.now() - source.inspectedAt < FRESH_MS;
    const inspection = fresh
      ? source.inspection
      : await this.ytdlp.inspect(request.url, {
          signal,
          timeoutMs: this.config.INSPECT_TIMEOUT_SECONDS * 1000,
        });
    const result = await downloadSegment({
      inspection,
      ytdlp: this.ytdlp,
      start: request.start ?? 0,
      end: request.end ?? inspection.duration ?? 0,
      // checked by the server when the download was requested
      quality: request.quality as SegmentQuality,
      format: request.format as SegmentFormat,
      maxLength: this.config.DOWNLOAD_MAX_SEGMENT_SECONDS,
      output: join(workDir, request.fileName),
      proxyUrl: this.guard.url,
      signal,
      onProgress: ({ percent, etaSeconds, bytes }) =>
        onProgress({ progress: Math.floor(percent), etaSeconds, bytes }),
    });
    return { path: result.path, note: result.note };
  }
}
