import type { DownloadProgressEvent, DownloadStatus } from '@clipstream/contract';

import type { DownloadView } from './download.types';

/** Completed, failed and cancelled downloads change no more until a retry. */
export function isSettled(status: DownloadStatus): boolean {
  return status === 'completed' || status === 'failed' || status === 'cancelled';
}

/** Waiting in the queue or being fetched: the states that can be cancelled. */
export function isRunning(status: DownloadStatus): boolean {
  return status === 'pending' || status === 'processing';
}

/**
 * A download as it is after a `download.progress` event (the event carries only the live fields). A late
 * progress event cannot move a settled download back to running; only a retry (`pending`) can.
 */
export function applyDownloadProgress(download: DownloadView, event: DownloadProgressEvent): DownloadView {
  if (event.downloadId !== download.id) return download;
  if (isSettled(download.status) && event.status === 'processing') return download;
  return {
    ...download,
    status: event.status,
    progress: event.progress,
    etaSeconds: event.etaSeconds,
    bytes: event.bytes,
  };
}

/** 0–100, whole. */
export function downloadPercent(download: Pick<DownloadView, 'progress' | 'status'>): number {
  if (download.status === 'completed') return 100;
  return Math.round(Math.min(100, Math.max(0, download.progress)));
}

/** Whether the file is gone: the server's flag, or an expiry date that passed while the page was open. */
export function isExpired(
  download: Pick<DownloadView, 'expired' | 'expiresAt'>,
  now: Date = new Date(),
): boolean {
  return (
    download.expired || (!!download.expiresAt && new Date(download.expiresAt).getTime() <= now.getTime())
  );
}
