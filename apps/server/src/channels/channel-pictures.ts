import { PictureSize, StorageKeys } from '@clipstream/core';

export type PictureKind = 'avatar' | 'banner';

export interface PictureSpec {
  /** Storage folder of one person's pictures of this kind. */
  dir: (userId: string) => string;
  widths: readonly number[];
  aspectRatio: number;
  /** Smaller pictures are refused: they would look blurred. */
  minWidth: number;
}

export const PICTURES: Record<PictureKind, PictureSpec> = {
  avatar: { dir: StorageKeys.avatarsDir, widths: [64, 128, 256], aspectRatio: 1, minWidth: 64 },
  banner: { dir: StorageKeys.bannersDir, widths: [1024, 2048], aspectRatio: 2048 / 340, minWidth: 1024 },
};

/**
 * Every upload goes to a new folder `{dir}/{version}/` as `{kind}-{width}.webp|jpg`, so its URLs can be
 * cached for good. Versions are fixed-length and grow with time: the newest sorts last.
 */
export const PICTURE_VERSION = /^[0-9a-z]{13}$/;
export const PICTURE_FILE = /^(avatar|banner)-\d{1,4}\.(jpg|webp)$/;

export function pictureFolder(kind: PictureKind, userId: string, version: string): string {
  return `${PICTURES[kind].dir(userId)}/${version}`;
}

export function pictureFile(
  folder: string,
  kind: PictureKind,
  width: number,
  format: 'webp' | 'jpg',
): string {
  return `${folder}/${kind}-${width}.${format}`;
}

/**
 * The sizes of a stored picture from the URL of its largest JPEG (what the user row keeps): resizing
 * never enlarges, so the sizes are the configured widths below the largest one, and the largest.
 */
export function pictureSizes(kind: PictureKind, url: string | null): PictureSize[] {
  const match = url ? /^(.*)-(\d+)\.jpg$/.exec(url) : null;
  if (!match) return [];
  const [, base, largestText] = match;
  const largest = Number(largestText);
  const widths = [...PICTURES[kind].widths.filter((width) => width < largest), largest];
  return widths.map((width) => ({ width, webp: `${base}-${width}.webp`, jpeg: `${base}-${width}.jpg` }));
}
