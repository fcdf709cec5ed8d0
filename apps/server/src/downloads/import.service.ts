import { BadRequestException, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, InjectConfig, User, Video, VideoView } from '@clipstream/core';
import { type SourceInspection, TimecodeError, validateSegment } from '@clipstream/media';
import type { RequestUser } from '../common/request-user';
import { SourcesService } from '../sources/sources.service';
import { TITLE_MAX_LENGTH } from '../videos/dto/video-fields';
import { StorageQuota } from '../videos/storage-quota';
import { newVideoCategory, VideoCategories } from '../videos/video-categories';
import { VideosService } from '../videos/videos.service';
import { DownloadQuota } from './download-quota';
import { ImportJobs } from './import-jobs';
import { ImportVideoDto } from './dto/import-video.dto';

/**
 * A URL, or a segment of it, becomes a pending video of the caller with its provenance; the worker
 * downloads it into originals/ and hands it to the transcode pipeline. Counts as a download.
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly sources: SourcesService,
    private readonly videos: VideosService,
    private readonly jobs: ImportJobs,
    private readonly quota: DownloadQuota,
    private readonly storageQuota: StorageQuota,
    private readonly categories: VideoCategories,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async create(user: RequestUser, request: ImportVideoDto): Promise<VideoView> {
    const url = this.sources.normalise(request.url);
    this.bounds(request, null);
    // before the quota is charged or the source fetched: a mistyped slug costs nothing and leaves nothing
    const category = await this.categories.resolve(this.em, newVideoCategory(request.category));
    await this.quota.consume(user);

    const { inspection } = await this.sources.inspect(url);
    const { start, end } = this.bounds(request, inspection.duration);
    if (!inspection.streams.some((stream) => stream.hasVideo)) {
      throw new BadRequestException('url: this source has no video to import');
    }
    await this.assertFits(user, inspection, start, end);
    const video = this.em.create(Video, {
      owner: this.em.getReference(User, user.id),
      title: (request.title ?? inspection.title).slice(0, TITLE_MAX_LENGTH),
      visibility: request.visibility ?? 'public',
      source: 'import',
      status: 'pending',
      stage: 'import',
      sourceUrl: inspection.url,
      sourceUploader: inspection.uploader,
      category,
    });
    await this.em.flush();
    try {
      await this.jobs.enqueue({ videoId: video.id, url, start, end });
    } catch (error) {
      this.logger.error(error);
      await this.em.nativeDelete(Video, { id: video.id });
      throw new ServiceUnavailableException('The import could not be queued; please try again');
    }
    return this.videos.view(await this.videos.load(video.id));
  }

  /** An import is charged to the quota like an upload: the site's size for the part asked for must fit. */
  private async assertFits(
    user: RequestUser,
    inspection: SourceInspection,
    start: number | null,
    end: number | null,
  ): Promise<void> {
    const whole = Math.max(
      0,
      ...inspection.formats.map((format) => (format.hasVideo ? (format.filesize ?? 0) : 0)),
    );
    const share =
      inspection.duration && (start !== null || end !== null)
        ? ((end ?? inspection.duration) - (start ?? 0)) / inspection.duration
        : 1;
    await this.storageQuota.assertRoomFor(this.em, user.id, whole * share, 'import');
  }

  /** Either bound may be left out (the video's start or end); what is given is checked like a download's. */
  private bounds(
    request: ImportVideoDto,
    duration: number | null,
  ): { start: number | null; end: number | null } {
    if (request.start === undefined && request.end === undefined) {
      if (duration !== null && duration > this.config.DOWNLOAD_MAX_SEGMENT_SECONDS) {
        throw new BadRequestException(
          `end: the video lasts ${duration} s, more than the maximum of ${this.config.DOWNLOAD_MAX_SEGMENT_SECONDS} s: import a part of it`,
        );
      }
      return { start: null, end: null };
    }
    const end = request.end ?? duration;
    if (end === null) throw new BadRequestException('end is required: the length of this video is unknown');
    try {
      const segment = validateSegment({
        start: request.start ?? 0,
        end,
        duration,
        maxLength: this.config.DOWNLOAD_MAX_SEGMENT_SECONDS,
      });
      return { start: segment.start, end: segment.end };
    } catch (error) {
      if (error instanceof TimecodeError) throw new BadRequestException(error.message);
      throw error;
    }
  }
}
