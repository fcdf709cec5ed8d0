import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SourceInspection } from '@clipstream/core';
import { toPublicInspection } from '@clipstream/media';
import { Authenticated } from '../auth/guards';
import { InspectSourceDto } from './dto/inspect-source.dto';
import { ApiSourceErrors } from './source-api-responses';
import { SourcesService } from './sources.service';

@ApiTags('downloads')
@Controller('sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Post('inspect')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'What is at a URL: title, duration, chapters and formats (cached for 24 h)' })
  @ApiOkResponse({
    description:
      '{ url, extractor, id, title, duration, uploader, thumbnail, chapters: [{ title, start, end }], formats: [{ id, label, ext, height?, hasVideo, hasAudio, filesize? }] }',
  })
  @ApiSourceErrors()
  async inspect(@Body() body: InspectSourceDto): Promise<SourceInspection> {
    return toPublicInspection((await this.sources.inspect(body.url)).inspection);
  }
}
