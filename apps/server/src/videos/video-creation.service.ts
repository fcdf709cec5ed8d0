import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User, Video, Visibility } from '@clipstream/core';
import { StorageQuota } from './storage-quota';
import { TranscodeQueue } from './transcode-queue';
import { VideoCategories } from './video-categories';
import { VideoTags } from './video-tags';

export interface UploadedVideo {
  id: string;
  title: string;
  description: string;
  visibility: Visibility;
  tags: string[];
  /** A category slug, checked here (400 when it names none). */
  category: string | null;
  originalKey: string;
  originalSize: number;
}

/**
 * Turns an uploaded original into a pending video: the row and the owner's usage in one transaction,
 * then the file is put in place (tus) and the transcode job queued. If a later step fails, the earlier
 * ones are undone, so a failed upload leaves no row, no usage and no job behind (the caller removes the
 * file).
 */
@Injectable()
export class VideoCreation {
  private readonly logger = new Logger(VideoCreation.name);

  constructor(
    private readonly em: EntityManager,
    private readonly quota: StorageQuota,
    private readonly tags: VideoTags,
    private readonly categories: VideoCategories,
    private readonly transcodes: TranscodeQueue,
  ) {}

  async create(ownerId: string, upload: UploadedVideo, placeOriginal?: () => Promise<void>): Promise<Video> {
    await this.em.fork().transactional(async (tx) => {
      await this.quota.charge(tx, ownerId, upload.originalSize);
      const video = tx.create(Video, {
        id: upload.id,
        owner: tx.getReference(User, ownerId),
        title: upload.title,
        description: upload.description,
        visibility: upload.visibility,
        source: 'upload',
        status: 'pending',
        originalKey: upload.originalKey,
        originalSize: upload.originalSize,
        category: await this.categories.resolve(tx, upload.category),
      });
      video.tags.set(await this.tags.resolve(tx, upload.tags));
    });
    try {
      await placeOriginal?.();
    } catch (error) {
      await this.undo(ownerId, upload);
      throw error;
    }
    try {
      await this.transcodes.enqueue(upload.id);
    } catch (error) {
      this.logger.error(error);
      await this.undo(ownerId, upload);
      throw new ServiceUnavailableException('The video could not be queued for processing; please try again');
    }
    return this.em.findOneOrFail(
      Video,
      { id: upload.id },
      { populate: ['owner', 'tags', 'category', 'renditions'] },
    );
  }

  private async undo(ownerId: string, upload: UploadedVideo): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      await tx.nativeDelete(Video, { id: upload.id });
      await this.quota.refund(tx, ownerId, upload.originalSize);
    });
  }
}
