import type { VideoSource, VideoStatus, Visibility } from './enums';

/** A video as the API returns it (CONTRACT.md "Videos"). */
export interface VideoOwnerView {
  id: string;
  username: string;
  displayName: string;
  avatarUrl: string | null;
}

export interface RenditionView {
  height: number;
  width: number;
  bandwidth: number;
  playlistUrl: string;
  /** Progressive MP4 of this rendition, for /stream/:quality. */
  mp4Url: string | null;
}

export interface ThumbnailView {
  index: number;
  /** Sizes by width, each as WebP and JPEG. */
  sizes: Array<{ width: number; webp: string; jpeg: string }>;
}

export interface VideoView {
  id: string;
  title: string;
  description: string;
  status: VideoStatus;
  progress: number;
  stage: string | null;
  visibility: Visibility;
  duration: number | null;
  width: number | null;
  height: number | null;
  owner: VideoOwnerView;
  source: VideoSource;
  /** Provenance of an import. */
  sourceUrl: string | null;
  sourceUploader: string | null;
  clipOf: string | null;
  hlsUrl: string | null;
  thumbnailUrl: string | null;
  thumbnails: ThumbnailView[];
  storyboardUrl: string | null;
  renditions: RenditionView[];
  tags: string[];
  /** The slug of one of `GET /api/categories`. */
  category: string | null;
  views: number;
  likes: number;
  dislikes: number;
  commentCount: number;
  createdAt: string;
  publishedAt: string | null;
  error?: string | null;
  hidden?: boolean;
}

/** `GET /api/categories`: the categories a video may be filed under (seeded by migration, managed by moderators). */
export interface CategoryView {
  slug: string;
  name: string;
}

export interface CategoryList {
  items: CategoryView[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** `GET /api/uploads/:id`: a tus upload and, once it is complete, the video it became. */
export interface UploadStatus {
  id: string;
  /** Bytes received so far. */
  offset: number;
  /** Null while the client has deferred the length (tus `Upload-Defer-Length`). */
  size: number | null;
  /** Set once the upload is complete and has become a video (the same id). */
  videoId: string | null;
}
