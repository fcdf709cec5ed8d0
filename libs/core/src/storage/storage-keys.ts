import { randomUUID } from 'node:crypto';

/** Where each kind of file lives, relative to the storage root (see the storage layout in the README). */
export const StorageKeys = {
  originalsDir: (videoId: string) => `originals/${videoId}`,
  original: (videoId: string, ext: string) => `originals/${videoId}/source.${ext.replace(/^\./, '')}`,
  videoDir: (videoId: string) => `videos/${videoId}`,
  hlsDir: (videoId: string) => `videos/${videoId}/hls`,
  hlsMaster: (videoId: string) => `videos/${videoId}/hls/master.m3u8`,
  hlsRenditionDir: (videoId: string, height: number) => `videos/${videoId}/hls/${height}p`,
  mp4: (videoId: string, height: number) => `videos/${videoId}/mp4/${height}p.mp4`,
  thumbsDir: (videoId: string) => `videos/${videoId}/thumbs`,
  /**
   * A picture the creator uploaded instead of a frame, `thumbs/custom-{width}.webp|jpg` (served like the
   * frames): processing, which starts by clearing the video's folder, keeps the files under this prefix.
   */
  customThumbnailPrefix: (videoId: string) => `videos/${videoId}/thumbs/custom-`,
  customThumbnail: (videoId: string, width: number, ext: 'webp' | 'jpg') =>
    `videos/${videoId}/thumbs/custom-${width}.${ext}`,
  /** The uploaded picture as it came, never served: the worker crops it again once the video's shape is known. */
  customThumbnailSource: (videoId: string) => `originals/${videoId}/thumbnail`,
  storyboardImage: (videoId: string) => `videos/${videoId}/storyboard.jpg`,
  storyboardVtt: (videoId: string) => `videos/${videoId}/storyboard.vtt`,
  downloadDir: (downloadId: string) => `downloads/${downloadId}`,
  download: (downloadId: string, fileName: string) => `downloads/${downloadId}/${fileName}`,
  avatarsDir: (userId: string) => `images/avatars/${userId}`,
  bannersDir: (userId: string) => `images/banners/${userId}`,
  uploadsDir: () => 'uploads',
  tmpDir: () => 'tmp',
  /** A fresh scratch folder for one job; removed by its owner, or by cleanup after a day. */
  tmpWorkDir: (label: string) => `tmp/${label}-${randomUUID()}`,
} as const;

/** The widths of an uploaded thumbnail's files (a picture must be at least as wide as the largest). */
export const CUSTOM_THUMBNAIL_WIDTHS = [320, 640] as const;

export const STORAGE_AREAS = ['originals', 'videos', 'downloads', 'images', 'uploads', 'tmp'] as const;
export type StorageArea = (typeof STORAGE_AREAS)[number];
