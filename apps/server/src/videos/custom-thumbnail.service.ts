import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Storage, StorageKeys, storeCustomThumbnail, Video, VideoView } from '@clipstream/core';
import { MediaRejectedError, resizeImage } from '@clipstream/media';
import type { RequestUser } from '../common/request-user';
import { MediaAccess } from '../media/media-access';
import { CARD_WIDTH, CUSTOM_THUMBNAIL } from './thumbnail-files';
import { assertMayManage } from './video-access';
import { VideosService } from './videos.service';

/** Largest picture accepted as a custom thumbnail. */
export const THUMBNAIL_MAX_BYTES = 10 * 1024 * 1024;
/** The crop while the video's shape is not known yet (before its first probe, or audio only). */
const DEFAULT_RATIO = 16 / 9;

type Shape = Pick<Video, 'width' | 'height'>;

function ratioOf(video: Shape): number {
  return video.width && video.height ? video.width / video.height : DEFAULT_RATIO;
}

/**
 * A picture the creator uploads instead of a frame: cropped to the video's shape, made into WebP and
 * JPEG at the card widths with sharp (a small image operation, fine in the server), then chosen.
 *
 * It may come at any time, also before the video is processed: its files sit where processing keeps them
 * (StorageKeys.customThumbnail), and the picture as uploaded is kept beside the original
 * (StorageKeys.customThumbnailSource) so that the worker crops it again to the video's shape once it
 * knows it (until then the crop is 16:9).
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
    const picture = await readPicture();
    const ratio = ratioOf(video);
    if (!(await this.crop(video.id, picture, ratio))) {
      throw new BadRequestException(
        `The picture is too small: it must be at least ${CARD_WIDTH}×${Math.round(CARD_WIDTH / ratio)} pixels`,
      );
    }
    await this.storage.write(StorageKeys.customThumbnailSource(video.id), picture);

    // the worker may have probed the video (or finished with it) while the picture was being made
    const now = await this.em.fork().findOne(Video, { id: video.id }, { fields: ['width', 'height'] });
    if (!now) {
      // deleted meanwhile: its folders were removed before these files were written
      await this.videos.removeFiles(video.id);
      throw new NotFoundException('Video not found');
    }
    // cropped again to the shape now known (too small for it, the 16:9 crop stays, as the worker does)
    if (ratioOf(now) !== ratio) await this.crop(video.id, picture, ratioOf(now));

    video.thumbnailIndex = CUSTOM_THUMBNAIL;
    video.updatedAt = new Date(); // a new `?v=` on the picture URLs, even when the index was already custom
    await this.em.flush();
    this.media.forget(video.id);
    return this.videos.view(video);
  }

  /**
   * Writes the picture's files cropped to `ratio`; false (and nothing written) when it is too small for
   * the card width at that ratio. A picture that cannot be read is a 400.
   */
  private crop(videoId: string, picture: Buffer, ratio: number): Promise<boolean> {
    return storeCustomThumbnail(this.storage, videoId, (dir, widths) =>
      resizeImage(picture, dir, widths, { baseName: 'custom', aspectRatio: ratio }).catch(
        (error: unknown) => {
          if (error instanceof MediaRejectedError) throw new BadRequestException(error.reason);
          throw error;
        },
      ),
    );
  }
}
