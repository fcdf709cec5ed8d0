import type { Visibility } from '@clipstream/contract';

/** The filters of GET /api/videos (CONTRACT.md). */
export interface VideoQuery {
  q?: string;
  tag?: string;
  category?: string;
  sort?: VideoSort;
  page?: number;
  pageSize?: number;
}

export const VIDEO_SORTS = ['newest', 'popular'] as const;
export type VideoSort = (typeof VIDEO_SORTS)[number];

/** The fields PATCH /api/videos/:id accepts; `thumbnailIndex` picks one of `thumbnails[]`. */
export interface VideoUpdate {
  title?: string;
  description?: string;
  visibility?: Visibility;
  tags?: string[];
  /** A slug of GET /api/categories; null removes the category. */
  category?: string | null;
  thumbnailIndex?: number;
}

/** POST /api/videos/:id/clips; times in seconds of the original. */
export interface ClipRequest {
  start: number;
  end: number;
  title?: string;
}

/** POST /api/videos/import: a URL, or a stretch of it (seconds), as a new video of the caller's channel. */
export interface ImportRequest {
  url: string;
  start?: number;
  end?: number;
  title?: string;
  visibility?: Visibility;
  /** A slug of GET /api/categories; left out for none. */
  category?: string;
}

/** Lengths the forms enforce before the API has to refuse. */
export const VIDEO_TITLE_MAX = 200;
export const VIDEO_DESCRIPTION_MAX = 5000;
