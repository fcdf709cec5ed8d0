import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { NotifyJob, SocketEvents } from '@clipstream/core';
import { EventPublisher } from '../events/event-publisher';
import { AnnouncementStore, NewNotification } from './announcement-store';
import { FANOUT_BATCH_SIZE } from './notify-jobs';
import { VideoAnnouncer } from './video-announcer';

export interface FanoutOutcome {
  /** Subscribers told by this job. */
  notified: number;
  /** False when the video was announced before, or is no longer published. */
  announced: boolean;
}

const TYPE = 'video.published';

/**
 * Tells a channel's subscribers of a new video, one batch per job: the batch's Notification rows in one
 * INSERT (rows first), then one `notification` event per person. A full batch queues the next one
 * before its rows are written, so a retried batch never leaves the rest of the channel untold.
 */
@Injectable()
export class PublishedVideoFanout {
  constructor(
    private readonly orm: MikroORM,
    private readonly store: AnnouncementStore,
    private readonly announcer: VideoAnnouncer,
    private readonly events: EventPublisher,
  ) {}

  async run(job: NotifyJob): Promise<FanoutOutcome> {
    const batch = await this.orm.em.fork().transactional(async (tx) => {
      const video = job.afterSubscriptionId
        ? await this.store.announced(tx, job.videoId)
        : await this.store.claim(tx, job.videoId);
      if (!video) return null;
      const followers = await this.store.followers(
        tx,
        video.channel.id,
        TYPE,
        job.afterSubscriptionId,
        FANOUT_BATCH_SIZE,
      );
      if (followers.length === FANOUT_BATCH_SIZE) {
        await this.announcer.continueAfter(job.videoId, followers[followers.length - 1].subscriptionId);
      }
      const createdAt = new Date();
      const notifications: NewNotification[] = followers
        .filter((follower) => !follower.skipped)
        .map((follower) => ({ id: randomUUID(), userId: follower.userId, createdAt }));
      const data = { videoId: video.videoId, title: video.title, channel: video.channel };
      await this.store.insert(tx, TYPE, data, notifications);
      return { data, notifications };
    });
    if (!batch) return { notified: 0, announced: false };

    for (const { id, userId, createdAt } of batch.notifications) {
      this.events.toUser(userId, SocketEvents.notification, {
        ...batch.data,
        id,
        type: TYPE,
        createdAt: createdAt.toISOString(),
      });
    }
    return { notified: batch.notifications.length, announced: true };
  }
}
