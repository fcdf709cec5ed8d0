import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { StorageKeys, Video } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { assertMayView } from '../videos/video-access';
import { qualityName } from '../videos/video-view';
import { MediaAccess } from './media-access';

export interface StreamFile {
  key: string;
  /** Served to its owner, a moderator or a token holder only: kept out of shared caches. */
  restricted: boolean;
}

const QUALITY = /^(?:(\d{3,4})p|audio)$/;

/**
 * `GET /api/videos/:id/stream/:quality`: the progressive MP4 of one rendition, to whoever may watch the
 * video (its signed `?token=`, or the bearer token of its owner or a moderator, or anyone when open).
 */
@Injectable()
export class ProgressiveStreams {
  constructor(
    private readonly em: EntityManager,
    private readonly access: MediaAccess,
  ) {}

  async resolve(
    videoId: string,
    quality: string,
    viewer: RequestUser | undefined,
    token: string | undefined,
  ): Promise<StreamFile> {
    const match = QUALITY.exec(quality);
    if (!match)
      throw new NotFoundException(`Unknown quality "${quality}": use a height such as 720p, or audio`);
    const height = match[1] ? Number(match[1]) : 0;
    const video = await this.em.findOne(Video, { id: videoId }, { populate: ['renditions'] });
    if (!video) throw new NotFoundException('Video not found');
    const signed = token !== undefined && this.access.verifyToken(token, video.id);
    if (!signed) assertMayView(video, viewer);

    const available = video.renditions.getItems().filter((rendition) => rendition.ready && rendition.hasMp4);
    if (!available.some((rendition) => rendition.height === height)) {
      const names = available.map((rendition) => qualityName(rendition.height));
      throw new NotFoundException(
        names.length
          ? `There is no ${quality} MP4 of this video; available: ${names.join(', ')}`
          : 'This video has no MP4 to stream yet',
      );
    }
    return {
      key: StorageKeys.mp4(video.id, height),
      restricted: signed || video.visibility === 'private' || video.hidden,
    };
  }
}
