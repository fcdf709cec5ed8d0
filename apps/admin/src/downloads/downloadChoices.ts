import type { DownloadStatus } from '@clipstream/core/contract';
import { choicesFrom } from '../common/choices';

const STATUS_LABELS: Record<DownloadStatus, string> = {
  pending: 'Pending',
  processing: 'Processing',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const downloadStatusChoices = choicesFrom(STATUS_LABELS);

/** The states a download can still be cancelled in. */
export const isUnderWay = (status: DownloadStatus) => status === 'pending' || status === 'processing';
