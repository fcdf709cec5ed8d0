import { Injectable } from '@nestjs/common';
import { Storage, StorageKeys, Video } from '@clipstream/core';
import { extractFrames, HlsOutput, makePoster, makeStoryboard, THUMBNAIL_POSITIONS } from '@clipstream/media';

export interface PictureSummary {
  thumbnailCount: number;
  hasStoryboard: boolean;
}

/** Thumbnails at 0/25/50/75 % (a waveform poster for audio) and the storyboard for seek previews. */
@Injectable()
export class VideoPictures {
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
}
