import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  AppConfig,
  chargeStorage,
  overQuotaReason,
  InjectConfig,
  Storage,
  StorageKeys,
  Video,
  VideoRendition,
} from '@clipstream/core';
import {
  assertPlayableUpload,
  cutClip,
  HlsOutput,
  HlsRendition,
  MediaRejectedError,
  planLadder,
  probeMedia,
  transcodeToHls,
  UPLOAD_FORMAT_WHITELIST,
} from '@clipstream/media';
import { EventPublisher } from '../events/event-publisher';
import { VideoAnnouncer } from '../fanout/video-announcer';
import { UserNotifier } from '../notifications/user-notifier';
import { transcodeProfile } from './transcode-profile';
import { VideoPictures } from './video-pictures';
import { VideoProgressReporter } from './video-progress-reporter';
import { ProgressiveFiles } from './progressive-files';

export type TranscodeOutcome = 'ready' | 'gone' | 'already-ready';

/**
 * A video from its original to a published HLS ladder with pictures. Each attempt starts over from the
 * original (a retried or stalled job finds a half-written ladder and removes it), so the original is
 * the only state that matters and it is never modified.
 */
@Injectable()
export class TranscodeRunner {
  private readonly logger = new Logger(TranscodeRunner.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly storage: Storage,
    private readonly events: EventPublisher,
    private readonly notifier: UserNotifier,
    private readonly pictures: VideoPictures,
    private readonly progressive: ProgressiveFiles,
    private readonly announcer: VideoAnnouncer,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async run(videoId: string, signal?: AbortSignal): Promise<TranscodeOutcome> {
    try {
      return await this.process(videoId, signal);
    } catch (error) {
      // deleted while it was being processed: the failure (rendition rows with no video to belong to, say)
      // is no reason to try again
      if (!(await this.orm.em.fork().count(Video, { id: videoId }))) return this.takeBack(videoId);
      throw error;
    }
  }

  private async process(videoId: string, signal?: AbortSignal): Promise<TranscodeOutcome> {
    const em = this.orm.em.fork();
    const video = await em.findOne(Video, { id: videoId }, { populate: ['clipOf'] });
    if (!video) return this.takeBack(videoId);
    if (video.status === 'ready') return 'already-ready';
    const progress = new VideoProgressReporter(this.orm, this.events, {
      id: video.id,
      ownerId: video.owner.id,
    });

    video.status = 'processing';
    video.stage = 'probe';
    video.progress = 0;
    video.error = null;
    await em.flush();
    progress.report('processing', 'probe', 0, true);

    await this.clearOutputs(video.id);
    await em.nativeDelete(VideoRendition, { video: video.id });

    if (video.source === 'clip' && !video.originalKey) await this.cutClipOriginal(em, video, signal);
    await em.flush();
    if (!video.originalKey)
      throw new MediaRejectedError('missing', 'The original file of this video is missing');
    const input = this.storage.localPath(video.originalKey);

    const probe = await probeMedia(input, { formatWhitelist: UPLOAD_FORMAT_WHITELIST, signal });
    const demuxer = assertPlayableUpload(probe);
    video.duration = probe.duration;
    video.width = probe.width ?? null;
    video.height = probe.height ?? null;
    video.hasVideo = probe.hasVideo;
    video.hasAudio = probe.hasAudio;
    await em.flush();

    const plan = planLadder(probe, transcodeProfile(this.config));
    const outputDir = await this.storage.ensureDir(StorageKeys.hlsDir(video.id));
    const hls = await transcodeToHls({
      input,
      forceFormat: demuxer,
      outputDir,
      plan,
      signal,
      onProgress: ({ percent, stage }) => progress.report('processing', stage, percent * 0.85),
      // watchable now: the lowest rendition is in the master playlist
      onFirstRendition: (first) => this.publishRenditions(video.id, first),
    });
    await this.publishRenditions(video.id, hls);

    progress.report('processing', 'mp4', 86);
    await this.progressive.make(video.id, hls, signal);
    progress.report('processing', 'thumbnails', 92);
    const pictures = await this.pictures.make(video, input, demuxer, hls, signal);
    await this.pictures.recropCustom(video);

    // read again: the creator may have chosen (or uploaded) a thumbnail while this job ran
    const done = await em.findOne(Video, { id: video.id }, { refresh: true });
    if (!done) return this.takeBack(video.id);
    done.thumbnailCount = pictures.thumbnailCount;
    done.hasStoryboard = pictures.hasStoryboard;
    // a custom picture (-1) stays chosen: its files outlive processing (clearOutputs)
    if (done.thumbnailIndex >= pictures.thumbnailCount) done.thumbnailIndex = 0;
    done.status = 'ready';
    done.stage = null;
    done.progress = 100;
    done.publishedAt = done.publishedAt ?? new Date();
    await em.flush();
    progress.report('ready', 'done', 100, true);
    await this.notifier.notify(video.owner.id, 'video.ready', { videoId: video.id, title: video.title });
    await this.announcer.announce(done);
    this.logger.log({ videoId: video.id, renditions: hls.renditions.map((r) => r.name) }, 'video ready');
    return 'ready';
  }

  /**
   * Removes what an earlier attempt (or an earlier processing) wrote to the video's folder, so that this
   * one starts over, but for the creator's own thumbnail: it may have been uploaded before processing
   * started, and stays chosen through processing and reprocessing.
   */
  private async clearOutputs(videoId: string): Promise<void> {
    const thumbs = StorageKeys.thumbsDir(videoId);
    for (const { key } of await this.storage.listChildren(StorageKeys.videoDir(videoId))) {
      if (key !== thumbs) await this.storage.remove(key);
    }
    const custom = StorageKeys.customThumbnailPrefix(videoId);
    for (const { key } of await this.storage.listChildren(thumbs)) {
      if (!key.startsWith(custom)) await this.storage.remove(key);
    }
  }

  /**
   * For a video deleted while it was being processed: removes what this job (or an earlier attempt of it)
   * wrote after the deletion had cleared the video's folder.
   */
  private async takeBack(videoId: string): Promise<TranscodeOutcome> {
    await this.storage.remove(StorageKeys.videoDir(videoId));
    return 'gone';
  }

  /** Marks the video failed with a reason for its creator; the original stays for a retry. */
  async fail(videoId: string, reason: string): Promise<void> {
    const em = this.orm.em.fork();
    const video = await em.findOne(Video, { id: videoId });
    if (!video || video.status === 'ready') return;
    video.status = 'failed';
    video.error = reason;
    video.stage = null;
    await em.flush();
    new VideoProgressReporter(this.orm, this.events, { id: video.id, ownerId: video.owner.id }).report(
      'failed',
      'failed',
      video.progress,
      true,
    );
    await this.notifier.notify(video.owner.id, 'video.failed', {
      videoId: video.id,
      title: video.title,
      error: reason,
    });
  }

  /**
   * A clip's original is the frame-accurate cut of its parent's original, made once and charged to the
   * owner's quota like an upload (in the transaction that records it, so a retry never charges twice).
   */
  private async cutClipOriginal(em: EntityManager, video: Video, signal?: AbortSignal): Promise<void> {
    const parent = video.clipOf;
    if (!parent?.originalKey || video.clipStart == null || video.clipEnd == null) {
      throw new MediaRejectedError('missing', 'The video this clip comes from is gone');
    }
    const key = StorageKeys.original(video.id, 'mp4');
    const workKey = StorageKeys.tmpWorkDir(`clip-${video.id}`);
    const workDir = await this.storage.ensureDir(workKey);
    try {
      const output = `${workDir}/clip.mp4`;
      await cutClip({
        input: this.storage.localPath(parent.originalKey),
        start: video.clipStart,
        end: video.clipEnd,
        output,
        signal,
      });
      const stored = await this.storage.importFile(output, key);
      const charged = await em.transactional(async (tx) => {
        if (!(await chargeStorage(tx, video.owner.id, stored.size, this.config.USER_QUOTA_BYTES)))
          return false;
        await tx.nativeUpdate(Video, { id: video.id }, { originalKey: key, originalSize: stored.size });
        return true;
      });
      if (!charged) {
        await this.storage.remove(key); // not the folder: it may hold the creator's thumbnail picture
        throw new MediaRejectedError(overQuotaReason('This clip', stored.size));
      }
      video.originalKey = key;
      video.originalSize = stored.size;
    } finally {
      await this.storage.remove(workKey);
    }
  }

  private async publishRenditions(videoId: string, hls: HlsOutput): Promise<void> {
    const em = this.orm.em.fork();
    // an audio-only source has no video rendition: its audio rendition (quality 0) is what plays
    const rows = hls.renditions.length ? hls.renditions : hls.audio ? [hls.audio] : [];
    for (const rendition of rows) await this.upsertRendition(em, videoId, rendition);
    await em.flush();
  }

  private async upsertRendition(em: EntityManager, videoId: string, rendition: HlsRendition): Promise<void> {
    await em.upsert(
      VideoRendition,
      {
        id: randomUUID(),
        video: videoId,
        height: rendition.quality,
        width: rendition.width,
        bandwidth: rendition.bandwidth,
        codecs: rendition.codecs,
        ready: true,
      },
      { onConflictFields: ['video', 'height'], onConflictExcludeFields: ['id', 'createdAt'] },
    );
  }
}
