import type { Storage } from './storage';
import { CUSTOM_THUMBNAIL_WIDTHS, StorageKeys } from './storage-keys';

/** One width of a cropped picture, as libs/media's resizeImage writes it. */
export interface PictureVariant {
  width: number;
  webp: string;
  jpeg: string;
}

/** Writes a picture's crops at `widths` into `dir` (libs/media's resizeImage, with the caller's ratio). */
export type PictureCropper = (dir: string, widths: readonly number[]) => Promise<readonly PictureVariant[]>;

/**
 * Makes a creator's thumbnail: `crop` writes it at CUSTOM_THUMBNAIL_WIDTHS into a scratch folder, and the
 * files replace the served ones only if every width came out (a picture too small for them changes
 * nothing). False then. The server calls it on upload, the worker to crop the kept upload again to the
 * video's shape once it knows it.
 */
export async function storeCustomThumbnail(
  storage: Storage,
  videoId: string,
  crop: PictureCropper,
): Promise<boolean> {
  const work = StorageKeys.tmpWorkDir('thumbnail');
  try {
    const variants = await crop(await storage.ensureDir(work), CUSTOM_THUMBNAIL_WIDTHS);
    if (!CUSTOM_THUMBNAIL_WIDTHS.every((width) => variants.some((variant) => variant.width === width)))
      return false;
    for (const variant of variants) {
      await storage.importFile(variant.webp, StorageKeys.customThumbnail(videoId, variant.width, 'webp'));
      await storage.importFile(variant.jpeg, StorageKeys.customThumbnail(videoId, variant.width, 'jpg'));
    }
    return true;
  } finally {
    await storage.remove(work);
  }
}
