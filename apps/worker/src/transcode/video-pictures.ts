import { Injectable, Logger } from '@nestjs/common';
import { Storage, StorageKeys, storeCustomThumbnail, Video } from '@clipstream/core';
import {
  extractFrames,
  HlsOutput,
  makePoster,
  makeStoryboard,
  resizeImage,
  THUMBNAIL_POSITIONS,
} from '@clipstream/media';

export interface PictureSummary {
  thumbnailCount: number;
  hasStoryboard: boolean;
}

/** Thumbnails at 0/25/50/75 % (a waveform poster for audio) and the storyboard for seek previews. */
@Injectable()
export class VideoPictures {
  private readonly logger = new Logger(VideoPictures.name);

  constructor(private readonly storage: Storage) {}

  async make(
    video: Pick<Video, 'id' | 'duration' | 'hasVideo'>,
    input: string,
    forceFormat: string,
    hls: HlsOutput,
    signal?: AbortSignal,
  ): Promise<PictureSummary> {
    const thumbsDir = await this.storage.ensureDir(StorageKeys.thumbsDir(video.id));
    const duration = video.duration ?? 0;
    if (!video.hasVideo) {
      await makePoster(input, thumbsDir, { forceFormat, signal });
      return { thumbnailCount: 1, hasStoryboard: false };
    }
    const thumbnails = await extractFrames(input, duration, THUMBNAIL_POSITIONS, thumbsDir, {
      forceFormat,
      signal,
    });
    // the smallest rendition decodes fastest and is large enough for 160-pixel tiles
    const smallest = hls.renditions[0];
    const storyboardSource = smallest
      ? this.storage.localPath(StorageKeys.mp4(video.id, smallest.quality))
      : input;
    await makeStoryboard(storyboardSource, duration, this.storage.localPath(StorageKeys.videoDir(video.id)), {
      spriteUrl: 'storyboard.jpg',
      forceFormat: smallest ? 'mov' : forceFormat,
      signal,
    });
    return { thumbnailCount: thumbnails.length, hasStoryboard: true };
  }

  /**
   * The creator's own thumbnail (the server's CustomThumbnails), cropped again from the kept upload to the
   * video's shape, now known: a picture uploaded before processing was cropped to 16:9. Kept as it is when
   * the picture is too small for that shape, when there is no shape (audio only), or when this fails:
   * a picture is no reason to fail a video.
   */
  async recropCustom(video: Pick<Video, 'id' | 'width' | 'height'>): Promise<void> {
    const { width, height } = video;
    const source = StorageKeys.customThumbnailSource(video.id);
    if (!width || !height || !(await this.storage.exists(source))) return;
    await storeCustomThumbnail(this.storage, video.id, (dir, widths) =>
      resizeImage(this.storage.localPath(source), dir, widths, {
        baseName: 'custom',
        aspectRatio: width / height,
      }),
    ).catch((error: unknown) => {
      this.logger.warn({ videoId: video.id, err: error }, 'custom thumbnail not cropped again');
    });
  }
}
