import type { ThumbnailView, VideoView } from '@clipstream/contract';

/** What a <picture> needs to show a video's thumbnail at the right size and format. */
export interface PictureSources {
  /** The plain <img src>, for browsers that read no srcset. */
  src: string;
  webpSrcset: string | null;
  jpegSrcset: string | null;
}

function srcset(sizes: ThumbnailView['sizes'], format: 'webp' | 'jpeg'): string | null {
  const candidates = sizes.filter((size) => size[format]).map((size) => `${size[format]} ${size.width}w`);
  return candidates.length > 0 ? candidates.join(', ') : null;
}

/** The thumbnail of `thumbnails[]` that `thumbnailUrl` points at; none for a custom picture. */
export function currentThumbnail(
  video: Pick<VideoView, 'thumbnailUrl' | 'thumbnails'>,
): ThumbnailView | null {
  const url = video.thumbnailUrl;
  if (!url) return null;
  return (
    video.thumbnails.find((thumbnail) =>
      thumbnail.sizes.some((size) => size.webp === url || size.jpeg === url),
    ) ?? null
  );
}

/**
 * A picture in all its sizes (a thumbnail, an avatar, a banner), with `fallback` as the plain source
 * when given, else the largest JPEG; null when there is nothing to show.
 */
export function sizedPictureSources(
  sizes: ThumbnailView['sizes'],
  fallback: string | null = null,
): PictureSources | null {
  if (sizes.length === 0) return fallback ? { src: fallback, webpSrcset: null, jpegSrcset: null } : null;
  const sorted = [...sizes].sort((a, b) => a.width - b.width);
  return {
    src: fallback ?? sorted[sorted.length - 1].jpeg,
    webpSrcset: srcset(sorted, 'webp'),
    jpegSrcset: srcset(sorted, 'jpeg'),
  };
}

/**
 * The chosen thumbnail in all its sizes, or just `thumbnailUrl` when it is a custom picture the
 * frame list does not hold.
 */
export function pictureSources(video: Pick<VideoView, 'thumbnailUrl' | 'thumbnails'>): PictureSources | null {
  const thumbnail = currentThumbnail(video) ?? (video.thumbnailUrl ? null : video.thumbnails[0]);
  return sizedPictureSources(thumbnail?.sizes ?? [], video.thumbnailUrl);
}

/** The smallest JPEG of a frame at least `minWidth` wide (or the largest there is). */
export function thumbnailAtLeast(thumbnail: ThumbnailView, minWidth: number): string | null {
  const sizes = [...thumbnail.sizes].sort((a, b) => a.width - b.width);
  return (sizes.find((size) => size.width >= minWidth) ?? sizes[sizes.length - 1])?.jpeg ?? null;
}
