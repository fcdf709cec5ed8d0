import type { Storage } from './storage';
import { StorageKeys } from './storage-keys';

/** One width of a cropped picture, as libs/media's resizeImage writes it. */
export interface PictureVariant {
  width: number;
  webp: string;
  jpeg: string;
}

/**
 * Moves the crops of a creator's thumbnail to where they are served: the server's on upload, the
 * worker's when it crops the kept upload again to the video's shape.
 */
export async function storeCustomThumbnail(
  storage: Storage,
  videoId: string,
  variants: readonly PictureVariant[],
): Promise<void> {
  for (const variant of variants) {
    await storage.importFile(variant.webp, StorageKeys.customThumbnail(videoId, variant.width, 'webp'));
    await storage.importFile(variant.jpeg, StorageKeys.customThumbnail(videoId, variant.width, 'jpg'));
  }
}
