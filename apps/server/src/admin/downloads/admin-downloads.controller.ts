import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../auth/guards';
import { CurrentUser, RequestUser } from '../../common/request-user';
import { ListQuery, listPage } from '../simple-rest';
import { AdminDownloadUpdateDto } from './admin-download.dto';
import {
  ADMIN_DOWNLOAD_SORTABLE,
  AdminDownloadRecord,
  AdminDownloadsService,
} from './admin-downloads.service';

@ApiTags('admin')
@Controller('admin/downloads')
@Authenticated('moderator', 'admin')
export class AdminDownloadsController {
  constructor(private readonly downloads: AdminDownloadsService) {}

  /** Filters: q (title, URL, file name, username), status, userId, id (a list). */
  @Get()
  list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminDownloadRecord[]> {
    return listPage(reply, 'downloads', query, ADMIN_DOWNLOAD_SORTABLE, (parsed) =>
      this.downloads.list(parsed),
    );
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AdminDownloadRecord> {
    return this.downloads.get(id);
  }

  /** `{ status: 'cancelled' }` stops it. */
  @Put(':id')
  cancel(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() _body: AdminDownloadUpdateDto,
  ): Promise<AdminDownloadRecord> {
    return this.downloads.cancel(actor, id);
  }

  @Delete(':id')
  remove(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AdminDownloadRecord> {
    return this.downloads.remove(actor, id);
  }
}
