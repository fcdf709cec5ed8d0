import type { DownloadStatus } from './enums';
import type { Page } from './video-dto';

/**
 * Shapes of the segment downloader (CONTRACT.md "Segment downloads"). libs/media keeps its own richer
 * `SourceInspection` (stream URLs and headers for the downloader); clients only ever get this one.
 */

/** One chapter as the site marks it, in seconds. */
export interface SourceChapter {
  title: string;
  start: number;
  end: number;
}

/** A quality on offer. */
export interface SourceFormat {
  id: string;
  /** `1080p`, `720p`, …, or `audio`. */
  label: string;
  ext: string;
  height?: number;
  hasVideo: boolean;
  hasAudio: boolean;
  /** Bytes of the whole video at this quality: exact, the site's estimate, or bitrate × duration. */
  filesize?: number;
}

/** `POST /api/sources/inspect`: what is at a URL. */
export interface SourceInspection {
  url: string;
  extractor: string;
  id: string;
  title: string;
  /** Seconds; null when the site does not say and the media could not be probed. */
  duration: number | null;
  uploader: string | null;
  thumbnail: string | null;
  chapters: SourceChapter[];
  formats: SourceFormat[];
}

/** Seconds (`12.5`) or a time string (`"HH:MM:SS(.mmm)"`, `"MM:SS"`). */
export type Timecode = number | string;

/** `best`, `audio` or a height such as `720p` (the server takes the nearest it has). */
export type DownloadQuality = string;
export const DOWNLOAD_FORMATS = ['mp4', 'mp3', 'm4a'] as const;
/** mp3 and m4a are audio only. */
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
/** The most segments one batch request may ask for. */
export const MAX_BATCH_SEGMENTS = 50;
/** The longest file name (without extension) a download may be given. */
export const DOWNLOAD_NAME_MAX = 200;

/** A stretch of the source; `name` is the file name without its extension. */
export interface SegmentRequest {
  start: Timecode;
  end: Timecode;
  name?: string;
}

interface DownloadOptions {
  url: string;
  quality?: DownloadQuality;
  format?: DownloadFormat;
}

/** `POST /api/downloads`: one segment (answered with one download) or a batch (answered with a list). */
export type SingleDownloadRequest = DownloadOptions & SegmentRequest;
export type BatchDownloadRequest = DownloadOptions & { segments: SegmentRequest[] };
export type DownloadRequest = SingleDownloadRequest | BatchDownloadRequest;

/** A download as its owner sees it (`GET /api/downloads/:id`, the history, and every action's answer). */
export interface DownloadView {
  id: string;
  url: string;
  title: string | null;
  status: DownloadStatus;
  /** 0–100. */
  progress: number;
  etaSeconds: number | null;
  /** Bytes written so far. */
  bytes: number;
  start: number | null;
  end: number | null;
  /** Seconds of the segment. */
  duration: number | null;
  quality: string;
  format: string;
  fileName: string;
  /** Where the owner fetches the file (signed in); null until completed and after it expired. */
  fileUrl: string | null;
  fileSize: number | null;
  estimatedSize: number | null;
  error: string | null;
  /** E.g. that the whole source had to be fetched because it cannot seek. */
  note: string | null;
  expired: boolean;
  expiresAt: string | null;
  createdAt: string;
  completedAt: string | null;
}

/** `GET /api/downloads`: the caller's history, newest first. */
export type DownloadPage = Page<DownloadView>;

/** `POST /api/downloads/:id/share`: a link that fetches the file without signing in, until `expiresAt`. */
export interface ShareLink {
  url: string;
  expiresAt: string;
}
