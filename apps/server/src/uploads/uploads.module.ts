import { Module } from '@nestjs/common';
import { VideosModule } from '../videos/videos.module';
import { MultipartVideoUpload } from './multipart-video-upload';
import { TusUploads } from './tus-uploads';
import { UploadsController } from './uploads.controller';
import { VideoUploadController } from './video-upload.controller';

/** Both ways in: one multipart POST, or tus resumable uploads. */
@Module({
  imports: [VideosModule],
  controllers: [VideoUploadController, UploadsController],
  providers: [MultipartVideoUpload, TusUploads],
})
export class UploadsModule {}
