import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CategoryList } from '@clipstream/core';
import { VideoCategories } from './video-categories';

@ApiTags('videos')
@Controller('categories')
export class CategoriesController {
  constructor(private readonly categories: VideoCategories) {}

  @Get()
  // short: moderators add and rename categories in the admin panel
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOkResponse({ description: 'The categories a video may be filed under, by name' })
  async list(): Promise<CategoryList> {
    return { items: await this.categories.list() };
  }
}
