import type { DownloadProgressEvent } from '@clipstream/contract';

import { applyDownloadProgress, downloadPercent, isExpired, isRunning, isSettled } from './download-progress';
import type { DownloadView } from './download.types';

const download: DownloadView = {
  id: 'd1',
  url: 'https://example.com/v',
  title: 'Lecture',
  status: 'processing',
  progress: 10,
  etaSeconds: 60,
  bytes: 1000,
  start: 240,
  end: 270,
  duration: 30,
  quality: '720p',
  format: 'mp4',
  fileName: 'v_240_270_720p.mp4',
  fileUrl: null,
  fileSize: null,
  estimatedSize: null,
  error: null,
  note: null,
  expired: false,
  expiresAt: null,
  createdAt: '2026-11-21T12:00:00Z',
  completedAt: null,
};

const event = (change: Partial<DownloadProgressEvent>): DownloadProgressEvent => ({
  downloadId: 'd1',
  status: 'processing',
  progress: 50,
  etaSeconds: 12,
  bytes: 5000,
  ...change,
});

describe('download progress', () => {
  it('takes the live fields of an event about the same download', () => {
    expect(applyDownloadProgress(download, event({}))).toMatchObject({
      status: 'processing',
      progress: 50,
      etaSeconds: 12,
      bytes: 5000,
      fileName: download.fileName,
    });
    expect(applyDownloadProgress(download, event({ downloadId: 'other' }))).toBe(download);
  });

  it('does not let a late progress event reopen a settled download, but a retry does', () => {
    const done = { ...download, status: 'completed' as const, progress: 100 };
    expect(applyDownloadProgress(done, event({}))).toBe(done);
    expect(applyDownloadProgress(done, event({ status: 'pending', progress: 0 })).status).toBe('pending');
    const failed = { ...download, status: 'failed' as const };
    expect(applyDownloadProgress(download, event({ status: 'cancelled' })).status).toBe('cancelled');
    expect(applyDownloadProgress(failed, event({ status: 'pending' })).status).toBe('pending');
  });

  it('tells running from settled downloads', () => {
    expect(isRunning('pending') && isRunning('processing')).toBe(true);
    expect(['completed', 'failed', 'cancelled'].every((s) => isSettled(s as never))).toBe(true);
    expect(isSettled('processing') || isRunning('failed')).toBe(false);
  });

  it('shows a whole percent in range, and 100 once completed', () => {
    expect(downloadPercent({ status: 'processing', progress: 33.6 })).toBe(34);
    expect(downloadPercent({ status: 'processing', progress: 140 })).toBe(100);
    expect(downloadPercent({ status: 'completed', progress: 97 })).toBe(100);
  });
});

describe('isExpired', () => {
  const now = new Date('2026-11-21T12:00:00Z');

  it('trusts the flag, and also a date that passed since the page loaded', () => {
    expect(isExpired({ expired: true, expiresAt: null }, now)).toBe(true);
    expect(isExpired({ expired: false, expiresAt: '2026-11-21T11:59:59Z' }, now)).toBe(true);
    expect(isExpired({ expired: false, expiresAt: '2026-11-28T12:00:00Z' }, now)).toBe(false);
    expect(isExpired({ expired: false, expiresAt: null }, now)).toBe(false);
  });
});
