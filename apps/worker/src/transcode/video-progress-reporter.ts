import { MikroORM } from '@mikro-orm/postgresql';
import { SocketEvents, Video, VideoStatus } from '@clipstream/core';
import { EventPublisher } from '../events/event-publisher';
import { ProgressThrottle } from '../events/progress-throttle';

/** One job's progress: to the owner's sockets a few times a second, to the row about once a second. */
export class VideoProgressReporter {
  private readonly eventThrottle = new ProgressThrottle(300);
  private readonly rowThrottle = new ProgressThrottle(1000);

  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventPublisher,
    private readonly video: Pick<Video, 'id'> & { ownerId: string },
  ) {}

  report(status: VideoStatus, stage: string, progress: number, final = false): void {
    const percent = Math.max(0, Math.min(100, Math.round(progress)));
    if (this.eventThrottle.shouldSend(final)) {
      this.events.toUser(this.video.ownerId, SocketEvents.videoProgress, {
        videoId: this.video.id,
        status,
        progress: percent,
        stage,
      });
    }
    if (!final && this.rowThrottle.shouldSend()) {
      // fire and forget: a lost progress write costs nothing, a blocked encoder would
      void this.orm.em
        .fork()
        .nativeUpdate(Video, { id: this.video.id }, { progress: percent, stage })
        .catch(() => undefined);
    }
  }
}
