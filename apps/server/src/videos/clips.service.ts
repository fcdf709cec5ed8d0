import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  Logger,
  ServiceUnavailableException,
} from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User, Video, VideoView } from '@clipstream/core';
import { TimecodeError, validateSegment } from '@clipstream/media';
import type { RequestUser } from '../common/request-user';
import { CreateClipDto } from './dto/create-clip.dto';
import { TITLE_MAX_LENGTH } from './dto/video-fields';
import { StorageQuota } from './storage-quota';
import { TranscodeQueue } from './transcode-queue';
import { assertMayView, isOwner } from './video-access';
import { VideosService } from './videos.service';

/** Shorter than this is not a clip anyone can watch. */
const MIN_CLIP_SECONDS = 0.5;

/**
 * A clip is a new video cut from the original of a ready one (by the worker, on the transcode queue,
 * through the same pipeline as an upload).
 */
@Injectable()
export class ClipsService {
  private readonly logger = new Logger(ClipsService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly videos: VideosService,
    private readonly transcodes: TranscodeQueue,
    private readonly quota: StorageQuota,
  ) {}

  async create(sourceId: string, viewer: RequestUser, request: CreateClipDto): Promise<VideoView> {
    const source = await this.videos.load(sourceId);
    assertMayView(source, viewer);
    if (!isOwner(source, viewer))
      throw new ForbiddenException('Only the owner of a video can make clips of it');
    if (source.status !== 'ready') {
      throw new ConflictException(
        source.status === 'failed'
          ? 'This video failed to process, so it cannot be clipped; retry it first'
          : `This video is still ${source.status}; clips can be made once it is ready`,
      );
    }
    const { start, end } = this.bounds(request, source.duration ?? null);
    // the cut is charged to the quota by the worker; its share of the original is a fair guess of its size
    const expectedBytes = ((source.originalSize ?? 0) * (end - start)) / (source.duration ?? 1);
    await this.quota.assertRoomFor(this.em, viewer.id, expectedBytes, 'clip');

    const clip = this.em.create(Video, {
      owner: this.em.getReference(User, viewer.id),
      title: request.title ?? `${source.title} (clip)`.slice(0, TITLE_MAX_LENGTH),
      description: '',
      visibility: source.visibility,
      source: 'clip',
      status: 'pending',
      clipOf: source,
      clipStart: start,
      clipEnd: end,
      category: source.category ?? null,
    });
    clip.tags.set(source.tags.getItems());
    await this.em.flush();
    try {
      await this.transcodes.enqueue(clip.id);
    } catch (error) {
      this.logger.error(error);
      await this.em.nativeDelete(Video, { id: clip.id });
      throw new ServiceUnavailableException('The clip could not be queued for processing; please try again');
    }
    return this.videos.view(await this.videos.load(clip.id));
  }

  private bounds(request: CreateClipDto, duration: number | null): { start: number; end: number } {
    if (!duration)
      throw new ConflictException('The length of this video is unknown, so it cannot be clipped');
    try {
      const { start, end, length } = validateSegment({ start: request.start, end: request.end, duration });
      if (length < MIN_CLIP_SECONDS) {
        throw new TimecodeError(
          `a clip must last at least ${MIN_CLIP_SECONDS} s (this one lasts ${length} s)`,
          'end',
        );
      }
      return { start, end };
    } catch (error) {
      if (error instanceof TimecodeError) throw new BadRequestException(error.message);
      throw error;
    }
  }
}
