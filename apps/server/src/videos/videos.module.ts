import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module';
import { ClipsService } from './clips.service';
import { CustomThumbnails } from './custom-thumbnail.service';
import { StorageQuota } from './storage-quota';
import { TranscodeQueue } from './transcode-queue';
import { VideoCatalog } from './video-catalog';
import { VideoCreation } from './video-creation.service';
import { VideoTags } from './video-tags';
import { VideosController } from './videos.controller';
import { VideosService } from './videos.service';

@Module({
  imports: [MediaModule],
  controllers: [VideosController],
  providers: [
    VideosService,
    VideoCatalog,
    VideoCreation,
    VideoTags,
    StorageQuota,
    TranscodeQueue,
    ClipsService,
    CustomThumbnails,
  ],
  exports: [VideosService, VideoCreation, StorageQuota],
})
export class VideosModule {}
