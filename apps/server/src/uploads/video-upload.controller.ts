import { Controller, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { VideoView } from '@clipstream/core';
import { Authenticated } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { NewVideoFields } from '../videos/dto/video-fields';
import { VideosService } from '../videos/videos.service';
import { MultipartVideoUpload } from './multipart-video-upload';

@ApiTags('videos')
@Controller('videos')
export class VideoUploadController {
  constructor(
    private readonly multipart: MultipartVideoUpload,
    private readonly videos: VideosService,
  ) {}

  /** A whole file in one request; large files are better sent resumably to /api/uploads/ (tus). */
  @Post()
  @Authenticated()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: NewVideoFields, description: 'plus the video itself in a "file" field' })
  async upload(@Req() request: FastifyRequest, @CurrentUser() caller: RequestUser): Promise<VideoView> {
    return this.videos.view(await this.multipart.receive(request, caller));
  }
}
