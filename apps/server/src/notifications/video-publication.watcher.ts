import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ChangeSetType, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Video } from '@clipstream/core';
import { VideoAnnouncements } from './video-announcements';

/**
 * A ready video that becomes public (its owner changes the visibility, or a moderator un-hides it) is
 * announced to the channel's subscribers, like one published public. Watching the ORM's flushes keeps
 * this out of every place that edits a video; the fan-out job itself makes sure a video is announced once.
 */
@Injectable()
export class VideoPublicationWatcher implements EventSubscriber, OnModuleInit {
  private readonly logger = new Logger(VideoPublicationWatcher.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly announcements: VideoAnnouncements,
  ) {}

  onModuleInit(): void {
    this.orm.em.getEventManager().registerSubscriber(this);
  }

  async afterFlush({ uow }: FlushEventArgs): Promise<void> {
    const published = uow
      .getChangeSets()
      .filter(
        (change) =>
          change.type === ChangeSetType.UPDATE &&
          change.entity instanceof Video &&
          ('visibility' in change.payload || 'hidden' in change.payload),
      )
      .map((change) => change.entity as Video)
      .filter((video) => video.status === 'ready' && video.visibility === 'public' && !video.hidden);
    for (const video of published) {
      await this.announcements.announce(video.id).catch((err: unknown) => {
        this.logger.error({ err, videoId: video.id }, 'could not queue the announcement of a video');
      });
    }
  }
}
