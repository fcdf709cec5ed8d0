import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Page, VideoView } from '@clipstream/core';
import { Authenticated, OptionalJwtAuthGuard } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { readSmallFile } from '../uploads/multipart-file';
import { ClipsService } from './clips.service';
import { CustomThumbnails, THUMBNAIL_MAX_BYTES } from './custom-thumbnail.service';
import { CreateClipDto } from './dto/create-clip.dto';
import { ListVideosQuery, PageQuery } from './dto/list-videos.query';
import { UpdateVideoDto } from './dto/update-video.dto';
import { VideoIdPipe } from './video-id.pipe';
import { VideosService } from './videos.service';

@ApiTags('videos')
@Controller('videos')
export class VideosController {
  constructor(
    private readonly videos: VideosService,
    private readonly clips: ClipsService,
    private readonly thumbnails: CustomThumbnails,
  ) {}

  /** The public catalogue: search, filters, sort, pages. */
  @Get()
  list(@Query() query: ListVideosQuery): Promise<Page<VideoView>> {
    return this.videos.list(query);
  }

  /** The caller's own videos in every status, newest first. */
  @Get('mine')
  @Authenticated()
  mine(@CurrentUser() caller: RequestUser, @Query() query: PageQuery): Promise<Page<VideoView>> {
    return this.videos.mine(caller, query.page, query.pageSize);
  }

  @Get(':id')
  @UseGuards(OptionalJwtAuthGuard)
  get(@Param('id', VideoIdPipe) id: string, @CurrentUser() viewer?: RequestUser): Promise<VideoView> {
    return this.videos.get(id, viewer);
  }

  @Patch(':id')
  @Authenticated()
  update(
    @Param('id', VideoIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Body() changes: UpdateVideoDto,
  ): Promise<VideoView> {
    return this.videos.update(id, caller, changes);
  }

  @Delete(':id')
  @Authenticated()
  @HttpCode(204)
  remove(@Param('id', VideoIdPipe) id: string, @CurrentUser() caller: RequestUser): Promise<void> {
    return this.videos.remove(id, caller);
  }

  @Post(':id/retry')
  @Authenticated()
  @HttpCode(200)
  retry(@Param('id', VideoIdPipe) id: string, @CurrentUser() caller: RequestUser): Promise<VideoView> {
    return this.videos.retry(id, caller);
  }

  @Post(':id/clips')
  @Authenticated()
  @HttpCode(202)
  clip(
    @Param('id', VideoIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Body() request: CreateClipDto,
  ): Promise<VideoView> {
    return this.clips.create(id, caller, request);
  }

  /**
   * A custom picture (multipart `file`: JPEG, PNG, WebP…) becomes the chosen thumbnail, in any status:
   * one set before processing stays chosen through it (and through reprocessing).
   */
  @Post(':id/thumbnail')
  @Authenticated()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  thumbnail(
    @Param('id', VideoIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Req() request: FastifyRequest,
  ): Promise<VideoView> {
    return this.thumbnails.replace(id, caller, () => readSmallFile(request, 'file', THUMBNAIL_MAX_BYTES));
  }
}
