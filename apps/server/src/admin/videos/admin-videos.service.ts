import { ConflictException, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Storage, Video, VIDEO_STATUSES, VISIBILITIES } from '@clipstream/core';
import type { RequestUser } from '../../common/request-user';
import { MediaAccess } from '../../media/media-access';
import { TranscodeQueue } from '../../videos/transcode-queue';
import { VIDEO_RELATIONS } from '../../videos/video-catalog';
import { toVideoView } from '../../videos/video-view';
import { VideosService } from '../../videos/videos.service';
import { AuditLogService } from '../audit-log.service';
import { booleanFilter, choiceFilter, idFilter, idList, likePattern, ParsedListQuery } from '../simple-rest';
import { AdminVideoUpdateDto } from './admin-video.dto';

export const ADMIN_VIDEO_SORTABLE = [
  'createdAt',
  'title',
  'status',
  'visibility',
  'hidden',
  'views',
  'duration',
  'id',
] as const;

export interface AdminVideoRecord {
  id: string;
  title: string;
  description: string;
  status: Video['status'];
  visibility: Video['visibility'];
  hidden: boolean;
  source: Video['source'];
  owner: { id: string; username: string; displayName: string };
  ownerId: string;
  duration: number | null;
  views: number;
  likes: number;
  commentCount: number;
  createdAt: string;
  error: string | null;
  /** Signed when the video is private or hidden, so that a moderator can preview it. */
  thumbnailUrl: string | null;
  hlsUrl: string | null;
}

@Injectable()
export class AdminVideosService {
  private readonly logger = new Logger(AdminVideosService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly videos: VideosService,
    private readonly media: MediaAccess,
    private readonly transcodes: TranscodeQueue,
    private readonly storage: Storage,
    private readonly audit: AuditLogService,
  ) {}

  async list(query: ParsedListQuery): Promise<{ items: AdminVideoRecord[]; total: number }> {
    const { filter } = query;
    const where: FilterQuery<Video> = {};
    const ids = idList(filter);
    if (ids) where.id = { $in: ids };
    const status = choiceFilter(filter, 'status', VIDEO_STATUSES);
    if (status) where.status = status;
    const visibility = choiceFilter(filter, 'visibility', VISIBILITIES);
    if (visibility) where.visibility = visibility;
    const hidden = booleanFilter(filter, 'hidden');
    if (hidden !== undefined) where.hidden = hidden;
    const ownerId = idFilter(filter, 'ownerId');
    if (ownerId) where.owner = ownerId;
    const pattern = likePattern(filter.q);
    if (pattern) where.$or = [{ title: { $ilike: pattern } }, { owner: { username: { $ilike: pattern } } }];

    const [videos, total] = await this.em.findAndCount(Video, where, {
      populate: VIDEO_RELATIONS,
      orderBy: { ...query.orderBy, id: 'asc' },
      offset: query.offset,
      limit: query.limit,
    });
    return { items: videos.map((video) => this.record(video)), total };
  }

  async get(id: string): Promise<AdminVideoRecord> {
    return this.record(await this.videos.load(id));
  }

  async update(actor: RequestUser, id: string, change: AdminVideoUpdateDto): Promise<AdminVideoRecord> {
    const video = await this.videos.load(id);
    const entry = { actorId: actor.id, targetType: 'video', targetId: id };
    if (change.hidden !== undefined && change.hidden !== video.hidden) {
      video.hidden = change.hidden;
      this.audit.record({
        ...entry,
        action: change.hidden ? 'video.hide' : 'video.unhide',
        reason: change.hiddenReason ?? null,
      });
    }
    if (change.visibility !== undefined && change.visibility !== video.visibility) {
      this.audit.record({
        ...entry,
        action: 'video.visibility',
        data: { from: video.visibility, to: change.visibility },
      });
      video.visibility = change.visibility;
    }
    if (change.title !== undefined && change.title !== video.title) {
      this.audit.record({ ...entry, action: 'video.rename', data: { from: video.title, to: change.title } });
      video.title = change.title;
    }
    await this.em.flush();
    this.media.forget(video.id); // this process stops serving its files at once (others within seconds)
    return this.record(video);
  }

  /** The row and every file, as when the owner deletes it. */
  async remove(actor: RequestUser, id: string, reason: string | null = null): Promise<AdminVideoRecord> {
    const record = await this.get(id);
    await this.videos.remove(id, actor);
    this.audit.record({
      actorId: actor.id,
      action: 'video.delete',
      targetType: 'video',
      targetId: id,
      reason,
      data: { title: record.title, ownerId: record.ownerId },
    });
    await this.em.flush();
    return record;
  }

  /** Runs the whole pipeline again from the kept original (a ready or failed video). */
  async reprocess(actor: RequestUser, id: string): Promise<AdminVideoRecord> {
    const video = await this.videos.load(id);
    if (video.status === 'pending' || video.status === 'processing') {
      throw new ConflictException(`This video is already ${video.status}; wait until it is ready or failed`);
    }
    const hasOriginal = video.originalKey
      ? await this.storage.exists(video.originalKey)
      : video.source === 'clip';
    if (!hasOriginal)
      throw new ConflictException('The original file of this video is gone, so it cannot be processed again');

    const before = { status: video.status, error: video.error, stage: video.stage, progress: video.progress };
    Object.assign(video, { status: 'pending', error: null, stage: null, progress: 0 });
    const entry = this.audit.record({
      actorId: actor.id,
      action: 'video.reprocess',
      targetType: 'video',
      targetId: id,
      data: { from: before.status },
    });
    await this.em.flush(); // before the job exists: the worker skips a video that is still ready
    try {
      await this.transcodes.enqueue(video.id);
    } catch (error) {
      this.logger.error(error);
      Object.assign(video, before);
      this.em.remove(entry);
      await this.em.flush();
      throw new ServiceUnavailableException('The video could not be queued for processing; please try again');
    }
    return this.record(video);
  }

  private record(video: Video): AdminVideoRecord {
    const view = toVideoView(video, this.media);
    return {
      id: view.id,
      title: view.title,
      description: view.description,
      status: view.status,
      visibility: view.visibility,
      hidden: video.hidden,
      source: view.source,
      owner: { id: view.owner.id, username: view.owner.username, displayName: view.owner.displayName },
      ownerId: view.owner.id,
      duration: view.duration,
      views: view.views,
      likes: view.likes,
      commentCount: view.commentCount,
      createdAt: view.createdAt,
      error: view.error ?? null,
      thumbnailUrl: view.thumbnailUrl,
      hlsUrl: view.hlsUrl,
    };
  }
}
