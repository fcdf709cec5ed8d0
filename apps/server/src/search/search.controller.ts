import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SearchResultsView } from '@clipstream/core';
import { SearchQuery } from './dto/search.query';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  /** `type` picks the sections (both by default); `tag` and `category` filter the videos. */
  @Get()
  find(@Query() query: SearchQuery): Promise<SearchResultsView> {
    return this.search.search(query);
  }
}
