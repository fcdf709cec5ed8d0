import type { VideoStatus, Visibility } from '@clipstream/core/contract';
import type { UserRef } from '../common/types';

/** A row of /api/admin/videos. */
export interface AdminVideo {
  id: string;
  title: string;
  status: VideoStatus;
  visibility: Visibility;
  hidden: boolean;
  owner: UserRef;
  ownerId: string;
  duration: number | null;
  views: number;
  createdAt: string;
  error: string | null;
  thumbnailUrl: string | null;
  hlsUrl: string | null;
}
