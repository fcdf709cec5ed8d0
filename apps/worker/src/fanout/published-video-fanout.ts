import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { NotifyJob } from '@clipstream/core';
import { EventPublisher } from '../events/event-publisher';
import { AnnouncementStore } from './announcement-store';
import { FANOUT_BATCH_SIZE, FANOUT_CHUNK_SIZE } from './notify-jobs';
import { VideoAnnouncer } from './video-announcer';

export interface FanoutOutcome {
  /** Subscribers told by this job. */
  notified: number;
  /** False when the video was announced before, or is no longer published. */
  announced: boolean;
}

const TYPE = 'video.published';

/**
 * Tells a channel's subscribers of a new video, up to FANOUT_BATCH_SIZE of them per job, chunk by chunk:
 * the chunk's Notification rows in one statement (rows first), then their `notification` events in one
 * message. A full batch queues the next one. A job run again (after a failure or a crash) walks its batch
 * anew past those its earlier run told, so nobody is told twice and nobody is left out.
 */
@Injectable()
export class PublishedVideoFanout {
  constructor(
    private readonly orm: MikroORM,
    private readonly store: AnnouncementStore,
    private readonly announcer: VideoAnnouncer,
    private readonly events: EventPublisher,
  ) {}

  async run(job: NotifyJob, again = false): Promise<FanoutOutcome> {
    const em = this.orm.em.fork();
    const video = job.afterSubscriptionId
      ? await this.store.announced(em, job.videoId)
      : await this.store.claim(em, job.videoId, again);
    if (!video) return { notified: 0, announced: false };

    let after = job.afterSubscriptionId;
    let walked = 0;
    let notified = 0;
    let more = true;
    while (more && walked < FANOUT_BATCH_SIZE) {
      const limit = Math.min(FANOUT_CHUNK_SIZE, FANOUT_BATCH_SIZE - walked);
      const createdAt = new Date();
      const chunk = await this.store.tellNext(em, TYPE, video, createdAt, after, limit, {
        exceptTold: again,
      });
      if (chunk.recipients.length) {
        this.events.toEachRecipient({
          type: TYPE,
          data: { ...video },
          createdAt: createdAt.toISOString(),
          recipients: chunk.recipients,
        });
      }
      walked += chunk.walked;
      notified += chunk.recipients.length;
      after = chunk.lastSubscriptionId ?? after;
      more = chunk.more;
    }
    if (more && after) await this.announcer.continueAfter(job.videoId, after);
    return { notified, announced: true };
  }
}
