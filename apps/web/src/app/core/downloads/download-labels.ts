import { formatTimeUntil } from '../../shared/format/format';
import { downloadPercent, isExpired } from './download-progress';
import type { DownloadView } from './download.types';

type Labelled = Pick<DownloadView, 'status' | 'progress' | 'expired' | 'expiresAt'>;

/** A download's state in a word or two, as its chip shows it. */
export function downloadStatusLabel(download: Labelled, now: Date = new Date()): string {
  switch (download.status) {
    case 'pending':
      return 'Waiting';
    case 'processing':
      return `Downloading ${downloadPercent(download)}%`;
    case 'completed':
      return isExpired(download, now) ? 'Expired' : 'Ready';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
  }
}

/** "expires in 6 days" while a finished file is kept, "expired" once it is gone, null otherwise. */
export function expiryLabel(download: Labelled, now: Date = new Date()): string | null {
  if (isExpired(download, now)) return 'expired';
  if (download.status !== 'completed' || !download.expiresAt) return null;
  return `expires ${formatTimeUntil(download.expiresAt, now)}`;
}
