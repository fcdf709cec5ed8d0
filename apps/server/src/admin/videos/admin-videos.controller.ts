import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../auth/guards';
import { CurrentUser, RequestUser } from '../../common/request-user';
import { ListQuery, listPage } from '../simple-rest';
import { AdminVideoUpdateDto } from './admin-video.dto';
import { ADMIN_VIDEO_SORTABLE, AdminVideoRecord, AdminVideosService } from './admin-videos.service';

@ApiTags('admin')
@Controller('admin/videos')
@Authenticated('moderator', 'admin')
export class AdminVideosController {
  constructor(private readonly videos: AdminVideosService) {}

  /** Filters: q (title or owner), status, visibility, hidden, ownerId, id (a list). */
  @Get()
  list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminVideoRecord[]> {
    return listPage(reply, 'videos', query, ADMIN_VIDEO_SORTABLE, (parsed) => this.videos.list(parsed));
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AdminVideoRecord> {
    return this.videos.get(id);
  }

  /** `hidden` (with `hiddenReason`), `visibility`, `title`. */
  @Put(':id')
  update(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AdminVideoUpdateDto,
  ): Promise<AdminVideoRecord> {
    return this.videos.update(actor, id, body);
  }

  /** The row, the original and every derived file. */
  @Delete(':id')
  remove(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AdminVideoRecord> {
    return this.videos.remove(actor, id);
  }

  /** Queues the transcode again (a ready or failed video). */
  @Post(':id/reprocess')
  @HttpCode(202)
  reprocess(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AdminVideoRecord> {
    return this.videos.reprocess(actor, id);
  }
}
