import type { VideoStatus, Visibility } from '@clipstream/contract';

/** The fields of a video (CONTRACT.md) that lists and cards show. */
export interface VideoSummary {
  id: string;
  title: string;
  status: VideoStatus;
  visibility: Visibility;
  duration: number | null;
  thumbnailUrl: string | null;
  views: number;
  createdAt: string;
  owner: { username: string; displayName?: string; avatarUrl?: string | null };
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface VideoQuery {
  q?: string;
  tag?: string;
  category?: string;
  sort?: 'newest' | 'popular';
  page?: number;
  pageSize?: number;
}
