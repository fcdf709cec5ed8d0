import type { DownloadStatus } from '@clipstream/contract';

/** One chapter as the site marks it, in seconds. */
export interface SourceChapter {
  title: string;
  start: number;
  end: number;
}

/** A quality on offer; `filesize` is the whole video's, exact or estimated. */
export interface SourceFormat {
  id: string;
  /** `1080p`, `720p`, …, or `audio`. */
  label: string;
  ext: string;
  height?: number;
  hasVideo: boolean;
  hasAudio: boolean;
  filesize?: number;
}

/** POST /api/sources/inspect: what is at a URL. */
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

/** `best`, `audio` or a height such as `720p` (the server takes the nearest it has). */
export type DownloadQuality = string;
export const DOWNLOAD_FORMATS = ['mp4', 'mp3', 'm4a'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
/** The most segments one batch request may ask for (the server's limit). */
export const MAX_BATCH_SEGMENTS = 50;
/** The longest custom file name the server takes. */
export const DOWNLOAD_NAME_MAX = 200;

/** A stretch of the source, in seconds; `name` is the file name without its extension. */
export interface SegmentRequest {
  start: number;
  end: number;
  name?: string;
}

interface DownloadOptions {
  url: string;
  quality?: DownloadQuality;
  format?: DownloadFormat;
}

/** POST /api/downloads: one segment (answered with one download) or a batch (answered with a list). */
export type SingleDownloadRequest = DownloadOptions & SegmentRequest;
export type BatchDownloadRequest = DownloadOptions & { segments: SegmentRequest[] };
export type DownloadRequest = SingleDownloadRequest | BatchDownloadRequest;

/** A download as its owner sees it (GET /api/downloads/:id and the history). */
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
  quality: string;
  format: string;
  fileName: string;
  /** Set once completed, until the file expires. */
  fileUrl: string | null;
  fileSize: number | null;
  estimatedSize?: number | null;
  error: string | null;
  /** E.g. that the whole source had to be fetched because it cannot seek. */
  note?: string | null;
  expired: boolean;
  expiresAt: string | null;
  createdAt: string;
}

/** POST /api/downloads/:id/share. */
export interface ShareLink {
  url: string;
  expiresAt?: string;
}
