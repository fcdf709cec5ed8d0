import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { MediaRejectedError } from '../probe/media-rejected-error';

export interface ImageVariant {
  width: number;
  height: number;
  /** Absolute paths. */
  webp: string;
  jpeg: string;
}

export interface ResizeImageOptions {
  /** Files are named `{baseName}-{width}.webp|jpg`. */
  baseName: string;
  /** Crop to this width/height ratio, centred (1 for avatars); the picture's own ratio when absent. */
  aspectRatio?: number;
  /** Background the JPEG gets under transparent pixels. */
  background?: string;
  quality?: number;
}

/** What users may upload as pictures; SVG and friends are refused as they can reference other files. */
const ACCEPTED_IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff'];

/**
 * A picture at each width as WebP plus a JPEG fallback, never enlarged: widths above the picture's own
 * collapse into one variant at its own width. Used for thumbnails, posters, avatars and banners.
 */
export async function resizeImage(
  input: string | Buffer,
  outDir: string,
  widths: readonly number[],
  options: ResizeImageOptions,
): Promise<ImageVariant[]> {
  const image = sharp(input, { failOn: 'error' }).rotate(); // EXIF orientation, then metadata is dropped
  const meta = await image.metadata().catch((error: Error) => {
    throw new MediaRejectedError(
      'This picture cannot be read. Please upload a JPEG, PNG or WebP image.',
      error.message,
    );
  });
  if (!meta.format || !ACCEPTED_IMAGE_FORMATS.includes(meta.format)) {
    throw new MediaRejectedError(
      'This picture format is not supported. Please upload a JPEG, PNG or WebP image.',
    );
  }
  const turned = (meta.orientation ?? 1) >= 5;
  const sourceWidth = (turned ? meta.height : meta.width) ?? 0;
  const sourceHeight = (turned ? meta.width : meta.height) ?? 0;
  const ratio = options.aspectRatio ?? sourceWidth / sourceHeight;
  const maxWidth = Math.min(sourceWidth, Math.floor(sourceHeight * ratio));
  const targets = [...new Set(widths.map((w) => Math.min(w, maxWidth)))].sort((a, b) => a - b);

  await mkdir(outDir, { recursive: true });
  return Promise.all(
    targets.map(async (width) => {
      const height = Math.max(1, Math.round(width / ratio));
      const resized = image.clone().resize({ width, height, fit: 'cover', position: 'centre' });
      const webp = join(outDir, `${options.baseName}-${width}.webp`);
      const jpeg = join(outDir, `${options.baseName}-${width}.jpg`);
      await Promise.all([
        resized
          .clone()
          .webp({ quality: options.quality ?? 80 })
          .toFile(webp),
        resized
          .clone()
          .flatten({ background: options.background ?? '#000000' })
          .jpeg({ quality: options.quality ?? 82, progressive: true })
          .toFile(jpeg),
      ]);
      return { width, height, webp, jpeg };
    }),
  );
}
