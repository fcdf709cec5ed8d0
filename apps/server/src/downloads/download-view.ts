import type { Download, DownloadView } from '@clipstream/core';

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
