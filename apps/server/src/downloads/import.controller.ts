import { Body, Controller, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { VideoView } from '@clipstream/core';
import { Authenticated } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { ApiSourceErrors } from '../sources/source-api-responses';
import { RetryAfterFilter } from './download-errors';
import { ImportVideoDto } from './dto/import-video.dto';
import { ImportService } from './import.service';

@ApiTags('videos')
@Controller('videos')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post('import')
  @HttpCode(202)
  @Authenticated()
  @UseFilters(RetryAfterFilter)
  @ApiOperation({
    summary: 'Import a URL (or a segment of it) as a new video of your channel',
    description: 'Answers the new video (`source: "import"`, pending); counts against RATE_LIMIT_DOWNLOADS.',
  })
  @ApiResponse({ status: 202, description: 'The new video' })
  @ApiResponse({ status: 429, description: 'RATE_LIMIT_DOWNLOADS reached; see Retry-After' })
  @ApiSourceErrors()
  create(@CurrentUser() user: RequestUser, @Body() body: ImportVideoDto): Promise<VideoView> {
    return this.imports.create(user, body);
  }
}
