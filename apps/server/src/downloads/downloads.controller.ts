import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DownloadPage, DownloadView, ShareLink } from '@clipstream/core';
import { Authenticated } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { ApiSourceErrors } from '../sources/source-api-responses';
import { downloadNotFound, RetryAfterFilter } from './download-errors';
import { DownloadFiles } from './download-files';
import { DownloadsService } from './downloads.service';
import { CreateDownloadDto } from './dto/create-download.dto';
import { ListDownloadsQuery } from './dto/list-downloads.dto';

const ID = new ParseUUIDPipe({ exceptionFactory: downloadNotFound });

@ApiTags('downloads')
@Controller('downloads')
export class DownloadsController {
  constructor(
    private readonly downloads: DownloadsService,
    private readonly files: DownloadFiles,
  ) {}

  @Post()
  @HttpCode(202)
  @Authenticated()
  @ApiOperation({
    summary: 'Download a segment (start, end) or a batch (segments) of a URL',
    description:
      'One inspection, one job per segment. Answers the new download, or an array of them for a batch. ' +
      'A batch of N counts N against RATE_LIMIT_DOWNLOADS.',
  })
  @ApiResponse({
    status: 202,
    description: '{ id, status: "pending", estimatedSize, duration, … } or an array of them',
  })
  @ApiResponse({ status: 429, description: 'RATE_LIMIT_DOWNLOADS reached; see Retry-After' })
  @ApiSourceErrors()
  @UseFilters(RetryAfterFilter)
  create(
    @CurrentUser() user: RequestUser,
    @Body() body: CreateDownloadDto,
  ): Promise<DownloadView | DownloadView[]> {
    return this.downloads.create(user, body);
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "The caller's downloads, newest first: { items, total }, paged by page/pageSize" })
  list(@CurrentUser() user: RequestUser, @Query() query: ListDownloadsQuery): Promise<DownloadPage> {
    return this.downloads.list(user, query.page, query.pageSize);
  }

  @Get('shared/:token')
  @ApiOperation({ summary: 'The file of a share link, without signing in (byte ranges supported)' })
  @ApiResponse({ status: 403, description: 'The link was not made by this server' })
  @ApiResponse({ status: 410, description: 'The link or the file expired' })
  async shared(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.files.send(request, reply, await this.files.sharedFile(token));
  }

  @Get(':id')
  @Authenticated()
  @ApiResponse({ status: 404, description: 'No such download of the caller' })
  get(@CurrentUser() user: RequestUser, @Param('id', ID) id: string): Promise<DownloadView> {
    return this.downloads.get(user, id);
  }

  @Get(':id/file')
  @Authenticated()
  @ApiOperation({ summary: 'The finished file as an attachment (byte ranges: 206, 416)' })
  @ApiResponse({ status: 409, description: 'Not finished' })
  @ApiResponse({ status: 410, description: 'The file expired' })
  async file(
    @CurrentUser() user: RequestUser,
    @Param('id', ID) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.files.send(request, reply, await this.files.ownFile(user, id));
  }

  @Post(':id/retry')
  @HttpCode(202)
  @Authenticated()
  @ApiOperation({ summary: 'Start a failed or cancelled download again' })
  @ApiResponse({ status: 409, description: 'Neither failed nor cancelled' })
  retry(@CurrentUser() user: RequestUser, @Param('id', ID) id: string): Promise<DownloadView> {
    return this.downloads.retry(user, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Stop a pending or running download; its tools are killed and no file is kept' })
  @ApiResponse({ status: 409, description: 'Already finished' })
  cancel(@CurrentUser() user: RequestUser, @Param('id', ID) id: string): Promise<DownloadView> {
    return this.downloads.cancel(user, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Remove the download and its file (a running one is cancelled first)' })
  async remove(@CurrentUser() user: RequestUser, @Param('id', ID) id: string): Promise<void> {
    await this.downloads.remove(user, id);
  }

  @Post(':id/share')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'A signed link to the file that works without signing in, until it expires' })
  @ApiResponse({ status: 200, description: '{ url, expiresAt }' })
  @ApiResponse({ status: 409, description: 'Not finished' })
  share(@CurrentUser() user: RequestUser, @Param('id', ID) id: string): Promise<ShareLink> {
    return this.files.share(user, id);
  }
}
