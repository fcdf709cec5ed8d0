import { CUSTOM_THUMBNAIL_WIDTHS, StorageKeys, Video } from '@clipstream/core';
import { THUMBNAIL_WIDTHS } from '@clipstream/media';

/** `thumbnailIndex` of a picture the creator uploaded instead of a frame. */
export const CUSTOM_THUMBNAIL = -1;
/** The width of `thumbnailUrl`, the picture of a grid card. */
export const CARD_WIDTH = 640;

export interface ThumbnailFiles {
  index: number;
  /** Storage keys by width. */
  sizes: Array<{ width: number; webp: string; jpeg: string }>;
}

/**
 * Where the worker's pictures are (libs/media names them `thumb-{i}-{width}`, never wider than the
 * video, and `poster-{width}` for audio) and where an uploaded one goes (StorageKeys.customThumbnail,
 * `custom-{width}` in the same folder, which processing keeps).
 */
export function thumbnailFiles(video: Video, index: number): ThumbnailFiles {
  if (index === CUSTOM_THUMBNAIL) {
    return {
      index,
      sizes: CUSTOM_THUMBNAIL_WIDTHS.map((width) => ({
        width,
        webp: StorageKeys.customThumbnail(video.id, width, 'webp'),
        jpeg: StorageKeys.customThumbnail(video.id, width, 'jpg'),
      })),
    };
  }
  const dir = StorageKeys.thumbsDir(video.id);
  const base = video.hasVideo ? `thumb-${index}` : 'poster';
  return {
    index,
    sizes: widthsOf(video).map((width) => ({
      width,
      webp: `${dir}/${base}-${width}.webp`,
      jpeg: `${dir}/${base}-${width}.jpg`,
    })),
  };
}

function widthsOf(video: Video): readonly number[] {
  if (!video.hasVideo) return THUMBNAIL_WIDTHS; // the poster is a card of the largest width
  // frames are grabbed at the display width rounded down to an even number (libs/media grabFrame)
  const frameWidth = video.width ? Math.floor(video.width / 2) * 2 : Infinity;
  return [...new Set(THUMBNAIL_WIDTHS.map((width) => Math.min(width, frameWidth)))];
}

/** The generated pictures (one poster for an audio-only video) and the custom one when chosen. */
export function allThumbnailFiles(video: Video): ThumbnailFiles[] {
  const generated = video.hasVideo ? video.thumbnailCount : Math.min(video.thumbnailCount, 1);
  const sets = Array.from({ length: generated }, (_, index) => thumbnailFiles(video, index));
  return video.thumbnailIndex === CUSTOM_THUMBNAIL
    ? [...sets, thumbnailFiles(video, CUSTOM_THUMBNAIL)]
    : sets;
}

/** The chosen picture's size closest to a card's width (not above it when there is a choice). */
export function cardSize(files: ThumbnailFiles): ThumbnailFiles['sizes'][number] {
  const fitting = files.sizes.filter((size) => size.width <= CARD_WIDTH);
  return fitting.length ? fitting[fitting.length - 1] : files.sizes[0];
}
