import type { Download, DownloadStatus } from '@clipstream/core';

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

/** Cleanup flags a download expired hourly; in between, its expiry date already counts. */
export function isExpired(download: Pick<Download, 'expired' | 'expiresAt'>, now = Date.now()): boolean {
  return download.expired || (!!download.expiresAt && download.expiresAt.getTime() <= now);
}

export function toDownloadView(download: Download): DownloadView {
  const expired = isExpired(download);
  const hasFile = download.status === 'completed' && !expired && !!download.fileKey;
  const duration =
    download.start != null && download.end != null ? round(download.end - download.start) : null;
  return {
    id: download.id,
    url: download.url,
    title: download.title ?? null,
    status: download.status,
    progress: download.progress,
    etaSeconds: download.etaSeconds ?? null,
    bytes: download.bytes,
    start: download.start ?? null,
    end: download.end ?? null,
    duration,
    quality: download.quality,
    format: download.format,
    fileName: download.fileName,
    fileUrl: hasFile ? `/api/downloads/${download.id}/file` : null,
    fileSize: download.fileSize ?? null,
    estimatedSize: download.estimatedSize ?? null,
    error:
      expired && download.status === 'completed'
        ? 'The file expired and was removed'
        : (download.error ?? null),
    note: download.note ?? null,
    expired,
    expiresAt: download.expiresAt?.toISOString() ?? null,
    createdAt: download.createdAt.toISOString(),
    completedAt: download.completedAt?.toISOString() ?? null,
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
