import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Video } from '@clipstream/core';
import { mediaUrl } from '../common/media-url';
import { isOpenVideo, VideoPrivacy } from '../videos/video-access';
import { MediaSigner } from './media-signer';

export type MediaDecision = 'allowed' | 'forbidden' | 'missing';

/** Builds the URL of one of a video's stored files from its storage key. */
export type MediaUrlBuilder = (key: string) => string;

type Openness = 'open' | 'restricted' | 'missing';

/**
 * Segment requests come by the hundred per viewer: whether a video is open is remembered this long
 * (per process). A video made private stops being served without a token after at most this delay.
 */
const OPENNESS_TTL_MS = 5_000;
const MAX_REMEMBERED = 10_000;

/**
 * Who may fetch a video's media files. Open videos (public or unlisted, not hidden) are served to anyone
 * at `/media/videos/{id}/…`; the others only at `/media/s/{token}/videos/{id}/…` with a signed token,
 * which the API hands out to viewers it has already let see the video.
 */
@Injectable()
export class MediaAccess {
  private readonly openness = new Map<string, { value: Openness; until: number }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly signer: MediaSigner,
  ) {}

  /** For a viewer already allowed to see the video: how to address its files. */
  urlBuilder(video: VideoPrivacy): MediaUrlBuilder {
    if (isOpenVideo(video)) return mediaUrl;
    const prefix = `/media/s/${this.signer.sign(video.id)}/`;
    return (key) => mediaUrl(key).replace(/^\/media\//, prefix);
  }

  /** The `?token=` a progressive MP4 link needs, or null when the video is open. */
  streamToken(video: VideoPrivacy): string | null {
    return isOpenVideo(video) ? null : this.signer.sign(video.id);
  }

  verifyToken(token: string, videoId: string): boolean {
    return this.signer.verify(token, videoId);
  }

  /** Whether a file of this video may be served to a request carrying this token (or none). */
  async decide(videoId: string, token: string | null): Promise<MediaDecision> {
    if (token !== null) return this.signer.verify(token, videoId) ? 'allowed' : 'forbidden';
    const openness = await this.opennessOf(videoId);
    return openness === 'open' ? 'allowed' : openness === 'restricted' ? 'forbidden' : 'missing';
  }

  /** Called when a video's visibility changes or it is deleted, so this process applies it at once. */
  forget(videoId: string): void {
    this.openness.delete(videoId);
  }

  private async opennessOf(videoId: string): Promise<Openness> {
    const remembered = this.openness.get(videoId);
    if (remembered && remembered.until > Date.now()) return remembered.value;
    const video = await this.orm.em
      .fork()
      .findOne(Video, { id: videoId }, { fields: ['visibility', 'hidden'] });
    const value: Openness = !video ? 'missing' : isOpenVideo(video) ? 'open' : 'restricted';
    if (this.openness.size >= MAX_REMEMBERED) this.openness.clear();
    this.openness.set(videoId, { value, until: Date.now() + OPENNESS_TTL_MS });
    return value;
  }
}
