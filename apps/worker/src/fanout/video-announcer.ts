import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { NotifyJob, QueueName, Video } from '@clipstream/core';
import { nextBatchJobId, NOTIFY_JOB } from './notify-jobs';

/** Queues the `video.published` fan-out: its first batch, and each next one. */
@Injectable()
export class VideoAnnouncer {
  private readonly logger = new Logger(VideoAnnouncer.name);

  constructor(@InjectQueue(QueueName.notify) private readonly queue: Queue<NotifyJob>) {}

  /**
   * For a video that just became watchable: told to the channel's subscribers when everyone may see it.
   * Never throws: the video is ready whether or not its announcement could be queued.
   */
  async announce(video: Pick<Video, 'id' | 'visibility' | 'hidden'>): Promise<void> {
    if (video.visibility !== 'public' || video.hidden) return;
    try {
      await this.queue.add(QueueName.notify, { kind: 'video.published', videoId: video.id }, NOTIFY_JOB);
    } catch (err) {
      this.logger.error({ err, videoId: video.id }, 'could not queue the announcement of a video');
    }
  }

  async continueAfter(videoId: string, afterSubscriptionId: string): Promise<void> {
    await this.queue.add(
      QueueName.notify,
      { kind: 'video.published', videoId, afterSubscriptionId },
      { ...NOTIFY_JOB, jobId: nextBatchJobId(videoId, afterSubscriptionId) },
    );
  }
}
