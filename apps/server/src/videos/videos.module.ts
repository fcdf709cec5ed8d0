import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module';
import { CategoriesController } from './categories.controller';
import { ClipsService } from './clips.service';
import { CustomThumbnails } from './custom-thumbnail.service';
import { StorageQuota } from './storage-quota';
import { TranscodeQueue } from './transcode-queue';
import { VideoCatalog } from './video-catalog';
import { VideoCreation } from './video-creation.service';
import { VideoCategories } from './video-categories';
import { VideoTags } from './video-tags';
import { VideosController } from './videos.controller';
import { VideosService } from './videos.service';

@Module({
  imports: [MediaModule],
  controllers: [VideosController, CategoriesController],
  providers: [
    VideosService,
    VideoCatalog,
    VideoCreation,
    VideoTags,
    VideoCategories,
    StorageQuota,
    TranscodeQueue,
    ClipsService,
    CustomThumbnails,
  ],
  exports: [VideosService, VideoCreation, VideoCategories, StorageQuota],
})
export class VideosModule {}
