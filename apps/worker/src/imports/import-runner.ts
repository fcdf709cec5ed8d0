import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import {
  AppConfig,
  chargeStorage,
  overQuotaReason,
  ImportJob,
  InjectConfig,
  QueueName,
  Storage,
  StorageKeys,
  TranscodeJob,
  Video,
} from '@clipstream/core';
import { SourceError } from '@clipstream/media';
import { EventPublisher } from '../events/event-publisher';
import { UserNotifier } from '../notifications/user-notifier';
import { VideoProgressReporter } from '../transcode/video-progress-reporter';
import { DownloadTimedOut } from '../downloads/download-failure';
import { SegmentFetcher } from '../downloads/segment-fetcher';
import { freshWorkDir } from '../downloads/work-dir';

export type ImportOutcome = 'imported' | 'skipped';

const STAGE = 'import';
/** Like an upload's: transient trouble retried with growing pauses, for good after four attempts. */
const TRANSCODE_JOB = { attempts: 4, backoff: { type: 'exponential', delay: 30_000 } } as const;

/**
 * Fetches what an import asked for into originals/{videoId}/source.mp4, then hands the video to the
 * transcode pipeline exactly like an upload (status back to pending with its original in place).
 */
@Injectable()
export class ImportRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly storage: Storage,
    private readonly fetcher: SegmentFetcher,
    private readonly events: EventPublisher,
    private readonly notifier: UserNotifier,
    @InjectQueue(QueueName.transcode) private readonly transcodes: Queue<TranscodeJob>,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async run(job: ImportJob): Promise<ImportOutcome> {
    const em = this.orm.em.fork();
    const video = await em.findOne(Video, job.videoId);
    if (!video || !['pending', 'processing'].includes(video.status)) return 'skipped';
    // an earlier attempt stored the original but died before queueing the transcode
    if (video.originalKey) return this.handOver(video.id);

    await em.nativeUpdate(
      Video,
      { id: video.id },
      { status: 'processing', stage: STAGE, progress: 0, error: null },
    );
    const progress = new VideoProgressReporter(this.orm, this.events, {
      id: video.id,
      ownerId: video.owner.id,
    });
    progress.report('processing', STAGE, 0, true);
    const workDir = await freshWorkDir(this.storage, `import-${video.id}`);
    const timeoutSeconds = this.config.DOWNLOAD_JOB_TIMEOUT_SECONDS;
    const deadline = AbortSignal.timeout(timeoutSeconds * 1000);
    try {
      const fetched = await this.fetcher.fetch(
        {
          url: job.url,
          start: job.start,
          end: job.end,
          quality: 'best',
          format: 'mp4',
          fileName: 'source.mp4',
        },
        {
          workDir: workDir.path,
          signal: deadline,
          onProgress: (fetched) => progress.report('processing', STAGE, fetched.progress),
        },
      );
      const stored = await this.storage.importFile(fetched.path, StorageKeys.original(video.id, 'mp4'));
      const kept = await this.keepOriginal(em, video, stored).catch(async (error: unknown) => {
        await this.storage.remove(stored.key); // not the folder: it may hold the creator's thumbnail picture
        throw error;
      });
      if (!kept) {
        // deleted while it was being fetched
        await this.storage.remove(StorageKeys.originalsDir(video.id));
        return 'skipped';
      }
      return await this.handOver(video.id);
    } catch (error) {
      if (deadline.aborted) throw new DownloadTimedOut(timeoutSeconds);
      throw error;
    } finally {
      await this.storage.remove(workDir.key);
    }
  }

  /** Called once the job failed for good: the video says why, and its owner is told. */
  async fail(videoId: string, message: string): Promise<void> {
    const em = this.orm.em.fork();
    const changed = await em.nativeUpdate(
      Video,
      { id: videoId, status: { $in: ['pending', 'processing'] } },
      { status: 'failed', stage: STAGE, error: message },
    );
    const video = changed ? await em.findOne(Video, videoId) : null;
    if (!video) return;
    new VideoProgressReporter(this.orm, this.events, { id: video.id, ownerId: video.owner.id }).report(
      'failed',
      STAGE,
      video.progress,
      true,
    );
    await this.notifier.notify(video.owner.id, 'video.failed', {
      videoId: video.id,
      title: video.title,
      error: message,
    });
  }

  /**
   * Records the original and charges its bytes to the owner's quota, like an upload's, in one transaction
   * (a retry never charges twice); the charge refuses to pass USER_QUOTA_BYTES. False if the video is gone.
   */
  private async keepOriginal(
    em: EntityManager,
    video: Video,
    stored: { key: string; size: number },
  ): Promise<boolean> {
    return em.transactional(async (tx) => {
      const kept = await tx.nativeUpdate(
        Video,
        { id: video.id, originalKey: null },
        { status: 'pending', stage: null, progress: 0, originalKey: stored.key, originalSize: stored.size },
      );
      if (!kept) return false;
      if (!(await chargeStorage(tx, video.owner.id, stored.size, this.config.USER_QUOTA_BYTES))) {
        throw new SourceError('failed', overQuotaReason('The imported video', stored.size));
      }
      return true;
    });
  }

  private async handOver(videoId: string): Promise<ImportOutcome> {
    await this.transcodes.add(QueueName.transcode, { videoId }, TRANSCODE_JOB);
    return 'imported';
  }
}
