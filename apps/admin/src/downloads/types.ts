import type { DownloadStatus } from '@clipstream/core/contract';
import type { UserRef } from '../common/types';

/** A row of /api/admin/downloads: anyone's segment download. */
export interface AdminDownload {
  id: string;
  user: UserRef;
  url: string;
  title: string | null;
  status: DownloadStatus;
  progress: number;
  fileSize: number | null;
  error: string | null;
  createdAt: string;
  expiresAt: string | null;
}
