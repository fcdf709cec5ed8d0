import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Rating, RatingView } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { VideosService } from '../videos/videos.service';
import { RatingStore } from './rating-store';

/** Likes and dislikes of whoever may see the video. */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly videos: VideosService,
    private readonly store: RatingStore,
  ) {}

  async rate(videoId: string, viewer: RequestUser, rating: Rating): Promise<RatingView> {
    await this.videos.visible(videoId, viewer);
    return this.store.rate(this.em, videoId, viewer.id, rating);
  }

  /** The counts, and the caller's own rating ('none' when anonymous). */
  async get(videoId: string, viewer: RequestUser | undefined): Promise<RatingView> {
    const video = await this.videos.visible(videoId, viewer);
    const rating = viewer ? await this.store.current(this.em, videoId, viewer.id) : 'none';
    return { likes: video.likes, dislikes: video.dislikes, rating };
  }
}
