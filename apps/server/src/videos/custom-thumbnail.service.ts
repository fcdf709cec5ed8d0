import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Storage, StorageKeys, VideoView } from '@clipstream/core';
import { MediaRejectedError, resizeImage } from '@clipstream/media';
import type { RequestUser } from '../common/request-user';
import { MediaAccess } from '../media/media-access';
import { CARD_WIDTH, CUSTOM_THUMBNAIL, CUSTOM_THUMBNAIL_WIDTHS, thumbnailFiles } from './thumbnail-files';
import { assertMayManage } from './video-access';
import { VideosService } from './videos.service';

/** Largest picture accepted as a custom thumbnail. */
export const THUMBNAIL_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_RATIO = 16 / 9;

/**
 * A picture the creator uploads instead of a frame: cropped to the video's shape, made into WebP and
 * JPEG at the card widths with sharp (a small image operation, fine in the server), then chosen.
 */
@Injectable()
export class CustomThumbnails {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: Storage,
    private readonly videos: VideosService,
    private readonly media: MediaAccess,
  ) {}

  /** `readPicture` runs once the caller is known to be allowed. */
  async replace(
    videoId: string,
    viewer: RequestUser,
    readPicture: () => Promise<Buffer>,
  ): Promise<VideoView> {
    const video = await this.videos.load(videoId);
    assertMayManage(video, viewer, 'change the thumbnail of');
    // processing starts by clearing the video's folder, pictures included
    if (video.status !== 'ready') {
      throw new ConflictException(
        `This video is ${video.status}; a thumbnail can be uploaded once it is ready`,
      );
    }
    const picture = await readPicture();
    const ratio = video.width && video.height ? video.width / video.height : DEFAULT_RATIO;
    const minHeight = Math.round(CARD_WIDTH / ratio);

    const work = StorageKeys.tmpWorkDir('thumbnail');
    try {
      const variants = await resizeImage(
        picture,
        await this.storage.ensureDir(work),
        CUSTOM_THUMBNAIL_WIDTHS,
        {
          baseName: 'custom',
          aspectRatio: ratio,
        },
      ).catch((error: unknown) => {
        if (error instanceof MediaRejectedError) throw new BadRequestException(error.reason);
        throw error;
      });
      if (!variants.some((variant) => variant.width === CARD_WIDTH)) {
        throw new BadRequestException(
          `The picture is too small: it must be at least ${CARD_WIDTH}×${minHeight} pixels`,
        );
      }
      const targets = thumbnailFiles(video, CUSTOM_THUMBNAIL).sizes;
      for (const variant of variants) {
        const target = targets.find((size) => size.width === variant.width);
        if (!target) continue;
        await this.storage.importFile(variant.webp, target.webp);
        await this.storage.importFile(variant.jpeg, target.jpeg);
      }
    } finally {
      await this.storage.remove(work);
    }
    video.thumbnailIndex = CUSTOM_THUMBNAIL;
    video.updatedAt = new Date(); // a new `?v=` on the picture URLs, even when the index was already custom
    await this.em.flush();
    this.media.forget(video.id);
    return this.videos.view(video);
  }
}
