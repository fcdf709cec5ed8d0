import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page, Storage, StorageKeys, Video, VideoView } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { MediaAccess } from '../media/media-access';
import { UpdateVideoDto } from './dto/update-video.dto';
import { StorageQuota } from './storage-quota';
import { normalizeTagNames } from './tag-names';
import { CUSTOM_THUMBNAIL, thumbnailFiles } from './thumbnail-files';
import { TranscodeQueue } from './transcode-queue';
import { CatalogQuery, VIDEO_RELATIONS, VideoCatalog } from './video-catalog';
import { assertMayManage, assertMayView } from './video-access';
import { VideoCategories } from './video-categories';
import { VideoTags } from './video-tags';
import { toVideoView } from './video-view';

@Injectable()
export class VideosService {
  private readonly logger = new Logger(VideosService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly storage: Storage,
    private readonly media: MediaAccess,
    private readonly catalog: VideoCatalog,
    private readonly tags: VideoTags,
    private readonly categories: VideoCategories,
    private readonly quota: StorageQuota,
    private readonly transcodes: TranscodeQueue,
  ) {}

  async list(query: CatalogQuery): Promise<Page<VideoView>> {
    const { videos, total } = await this.catalog.search(this.em, query);
    return { items: videos.map((video) => this.view(video)), total };
  }

  async mine(viewer: RequestUser, page: number, pageSize: number): Promise<Page<VideoView>> {
    const [videos, total] = await this.em.findAndCount(
      Video,
      { owner: viewer.id },
      {
        populate: VIDEO_RELATIONS,
        orderBy: { createdAt: 'desc', id: 'asc' },
        limit: pageSize,
        offset: (page - 1) * pageSize,
      },
    );
    return { items: videos.map((video) => this.view(video)), total };
  }

  /** The video if this viewer may see it (404 / 403 otherwise). */
  async visible(id: string, viewer: RequestUser | undefined): Promise<Video> {
    const video = await this.load(id);
    assertMayView(video, viewer);
    return video;
  }

  async get(id: string, viewer: RequestUser | undefined): Promise<VideoView> {
    return this.view(await this.visible(id, viewer));
  }

  async update(id: string, viewer: RequestUser, changes: UpdateVideoDto): Promise<VideoView> {
    const video = await this.load(id);
    assertMayManage(video, viewer, 'edit');
    if (changes.title !== undefined) video.title = changes.title;
    if (changes.description !== undefined) video.description = changes.description;
    if (changes.visibility !== undefined) video.visibility = changes.visibility;
    if (changes.tags !== undefined)
      video.tags.set(await this.tags.resolve(this.em, normalizeTagNames(changes.tags)));
    if (changes.category !== undefined)
      video.category = await this.categories.resolve(this.em, changes.category);
    if (changes.thumbnailIndex !== undefined) await this.chooseThumbnail(video, changes.thumbnailIndex);
    await this.em.flush();
    this.media.forget(video.id);
    return this.view(video);
  }

  /** Removes the row (renditions and tags go with it), the original and every derived file. */
  async remove(id: string, viewer: RequestUser): Promise<void> {
    const video = await this.load(id);
    assertMayManage(video, viewer, 'delete');
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(Video, { id: video.id });
      // every original is charged to its owner's quota: uploads by VideoCreation, imports and clips by the worker
      await this.quota.refund(tx, video.owner.id, video.originalSize ?? 0);
    });
    this.media.forget(video.id);
    await this.removeFiles(video.id);
  }

  /** Removes a video's original (and what is kept beside it) and every file derived from it. */
  async removeFiles(videoId: string): Promise<void> {
    await Promise.all([
      this.storage.remove(StorageKeys.originalsDir(videoId)),
      this.storage.remove(StorageKeys.videoDir(videoId)),
    ]);
  }

  /** A failed video goes back to the queue, from the kept original. */
  async retry(id: string, viewer: RequestUser): Promise<VideoView> {
    const video = await this.load(id);
    assertMayManage(video, viewer, 'retry');
    if (video.status !== 'failed') {
      throw new ConflictException(`Only a failed video can be retried; this one is ${video.status}`);
    }
    if (video.originalKey && !(await this.storage.exists(video.originalKey))) {
      throw new ConflictException('The original file of this video is gone; upload it again');
    }
    const failure = { error: video.error, stage: video.stage, progress: video.progress };
    Object.assign(video, { status: 'pending', error: null, stage: null, progress: 0 });
    await this.em.flush();
    try {
      await this.transcodes.enqueue(video.id);
    } catch (error) {
      this.logger.error(error);
      Object.assign(video, { status: 'failed', ...failure });
      await this.em.flush();
      throw new ServiceUnavailableException('The video could not be queued for processing; please try again');
    }
    return this.view(video);
  }

  view(video: Video): VideoView {
    return toVideoView(video, this.media);
  }

  async load(id: string): Promise<Video> {
    const video = await this.em.findOne(Video, { id }, { populate: VIDEO_RELATIONS });
    if (!video) throw new NotFoundException('Video not found');
    return video;
  }

  private async chooseThumbnail(video: Video, index: number): Promise<void> {
    if (index === CUSTOM_THUMBNAIL) {
      const custom = thumbnailFiles(video, CUSTOM_THUMBNAIL).sizes[0];
      if (!(await this.storage.exists(custom.jpeg))) {
        throw new BadRequestException(
          'This video has no uploaded thumbnail: upload one first (POST /api/videos/:id/thumbnail)',
        );
      }
    } else if (index >= video.thumbnailCount) {
      throw new BadRequestException(
        video.thumbnailCount
          ? `thumbnailIndex must be -1 or from 0 to ${video.thumbnailCount - 1}`
          : 'This video has no generated thumbnails yet; wait until it is processed',
      );
    }
    video.thumbnailIndex = index;
  }
}
