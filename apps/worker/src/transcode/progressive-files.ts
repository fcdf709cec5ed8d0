import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Storage, StorageKeys, VideoRendition } from '@clipstream/core';
import { HlsOutput, makeProgressiveMp4 } from '@clipstream/media';

/** A progressive MP4 per video rendition (segments remuxed, no re-encode) for /stream/:quality. */
@Injectable()
export class ProgressiveFiles {
  constructor(
    private readonly orm: MikroORM,
    private readonly storage: Storage,
  ) {}

  async make(videoId: string, hls: HlsOutput, signal?: AbortSignal): Promise<void> {
    const hlsDir = this.storage.localPath(StorageKeys.hlsDir(videoId));
    const audioPlaylist = hls.audio ? join(hlsDir, hls.audio.playlist) : undefined;
    const em = this.orm.em.fork();
    for (const rendition of hls.renditions) {
      const key = StorageKeys.mp4(videoId, rendition.quality);
      await this.storage.ensureDir(StorageKeys.videoDir(videoId) + '/mp4');
      await makeProgressiveMp4({
        videoPlaylist: join(hlsDir, rendition.playlist),
        audioPlaylist,
        output: this.storage.localPath(key),
        signal,
      });
      await em.nativeUpdate(VideoRendition, { video: videoId, height: rendition.quality }, { hasMp4: true });
    }
  }
}
