import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
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
import { AdminCategoryCreateDto, AdminCategoryUpdateDto } from './admin-category.dto';
import {
  ADMIN_CATEGORY_SORTABLE,
  AdminCategoryRecord,
  AdminCategoriesService,
} from './admin-categories.service';

// The public GET /api/categories may be cached for an hour; what moderators read must be the moment's.
const NOT_CACHED = 'no-store';

@ApiTags('admin')
@Controller('admin/categories')
@Authenticated('moderator', 'admin')
export class AdminCategoriesController {
  constructor(private readonly categories: AdminCategoriesService) {}

  /** Filters: q (slug or name), id (a list). Each record carries its `videoCount`. */
  @Get()
  @Header('Cache-Control', NOT_CACHED)
  list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminCategoryRecord[]> {
    return listPage(reply, 'categories', query, ADMIN_CATEGORY_SORTABLE, (parsed) =>
      this.categories.list(parsed),
    );
  }

  @Get(':id')
  @Header('Cache-Control', NOT_CACHED)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AdminCategoryRecord> {
    return this.categories.get(id);
  }

  /** `{ slug, name }`; 409 when either is taken. */
  @Post()
  create(
    @CurrentUser() actor: RequestUser,
    @Body() body: AdminCategoryCreateDto,
  ): Promise<AdminCategoryRecord> {
    return this.categories.create(actor, body);
  }

  /** Renames (`name`); the slug cannot change. */
  @Put(':id')
  update(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AdminCategoryUpdateDto,
  ): Promise<AdminCategoryRecord> {
    return this.categories.update(actor, id, body);
  }

  /** 409 while videos are filed under it. */
  @Delete(':id')
  remove(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AdminCategoryRecord> {
    return this.categories.remove(actor, id);
  }
}
