import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ChannelSummaryView,
  Page,
  Subscription,
  SubscriptionStateView,
  User,
  Video,
  VideoView,
} from '@clipstream/core';
import { findChannelOwner, PUBLISHED_VIDEO } from '../channels/channel-lookup';
import { toChannelSummary, toPersonView } from '../channels/person-view';
import type { RequestUser } from '../common/request-user';
import { UserNotifier } from '../notifications/user-notifier';
import { VIDEO_RELATIONS } from '../videos/video-catalog';
import { VideosService } from '../videos/videos.service';
import { SubscriptionChange, SubscriptionStore } from './subscription-store';

@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly store: SubscriptionStore,
    private readonly notifier: UserNotifier,
    private readonly videos: VideosService,
  ) {}

  /** Idempotent: subscribing again changes nothing (and tells the channel nothing). */
  async subscribe(viewer: RequestUser, username: string): Promise<SubscriptionStateView> {
    const channel = await findChannelOwner(this.em, username);
    if (channel.id === viewer.id) throw new BadRequestException('You cannot subscribe to your own channel');
    const result = this.found(await this.store.add(this.em, viewer.id, channel.id));
    if (result.changed) {
      const subscriber = await this.em.findOneOrFail(User, { id: viewer.id });
      await this.notifier.notify(channel.id, 'subscriber.new', {
        actor: toPersonView(subscriber),
        subscribers: result.subscribers,
      });
    }
    return { subscribed: true, subscribers: result.subscribers };
  }

  async unsubscribe(viewer: RequestUser, username: string): Promise<SubscriptionStateView> {
    const channel = await findChannelOwner(this.em, username);
    const result = this.found(await this.store.remove(this.em, viewer.id, channel.id));
    return { subscribed: false, subscribers: result.subscribers };
  }

  /** The channels the viewer follows, most recently followed first. */
  async following(viewer: RequestUser, page: number, pageSize: number): Promise<Page<ChannelSummaryView>> {
    const [subscriptions, total] = await this.em.findAndCount(
      Subscription,
      { subscriber: viewer.id, channel: { banned: false } },
      {
        populate: ['channel'],
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: pageSize,
        offset: (page - 1) * pageSize,
      },
    );
    return { items: subscriptions.map((subscription) => toChannelSummary(subscription.channel)), total };
  }

  /** Published videos of the channels the viewer follows, newest first. */
  async feed(viewer: RequestUser, page: number, pageSize: number): Promise<Page<VideoView>> {
    const [videos, total] = await this.em
      .createQueryBuilder(Video, 'v')
      .where({ ...PUBLISHED_VIDEO, owner: { banned: false } })
      .andWhere('v.owner_id in (select s.channel_id from subscriptions s where s.subscriber_id = ?)', [
        viewer.id,
      ])
      .orderBy({ createdAt: 'desc', id: 'asc' })
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .getResultAndCount();
    await this.em.populate(videos, VIDEO_RELATIONS);
    return { items: videos.map((video) => this.videos.view(video)), total };
  }

  private found(change: SubscriptionChange | null): SubscriptionChange {
    if (!change) throw new NotFoundException('This channel no longer exists');
    return change;
  }
}
