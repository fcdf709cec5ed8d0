import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChannelView, Page, Subscription, Video, VideoView } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { UsersService } from '../users/users.service';
import { VIDEO_RELATIONS } from '../videos/video-catalog';
import { VideosService } from '../videos/videos.service';
import { findChannelOwner, PUBLISHED_VIDEO } from './channel-lookup';
import { pictureSizes } from './channel-pictures';

@Injectable()
export class ChannelsService {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UsersService,
    private readonly videoService: VideosService,
  ) {}

  async channel(username: string, viewer: RequestUser | undefined): Promise<ChannelView> {
    const channel = await this.users.channel(username);
    const subscribed = viewer
      ? (await this.em.count(Subscription, {
          subscriber: viewer.id,
          channel: { username: channel.username },
        })) > 0
      : null;
    return {
      ...channel,
      avatar: pictureSizes('avatar', channel.avatarUrl),
      banner: pictureSizes('banner', channel.bannerUrl),
      subscribed,
    };
  }

  /** Newest first: the published videos, or every video for the channel's owner. */
  async videos(
    username: string,
    viewer: RequestUser | undefined,
    page: number,
    pageSize: number,
  ): Promise<Page<VideoView>> {
    const owner = await findChannelOwner(this.em, username);
    if (viewer?.id === owner.id) return this.videoService.mine(viewer, page, pageSize);
    const [videos, total] = await this.em.findAndCount(
      Video,
      { owner, ...PUBLISHED_VIDEO },
      {
        populate: VIDEO_RELATIONS,
        orderBy: { createdAt: 'desc', id: 'asc' },
        limit: pageSize,
        offset: (page - 1) * pageSize,
      },
    );
    return { items: videos.map((video) => this.videoService.view(video)), total };
  }
}
