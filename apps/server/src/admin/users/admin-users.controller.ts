import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../auth/guards';
import { CurrentUser, RequestUser } from '../../common/request-user';
import { ListQuery, listPage } from '../simple-rest';
import { AdminUserUpdateDto } from './admin-user.dto';
import { ADMIN_USER_SORTABLE, AdminUserRecord, AdminUsersService } from './admin-users.service';

@ApiTags('admin')
@Controller('admin/users')
@Authenticated('moderator', 'admin')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminUserRecord[]> {
    return listPage(reply, 'users', query, ADMIN_USER_SORTABLE, (parsed) => this.users.list(parsed));
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AdminUserRecord> {
    return this.users.get(id);
  }

  @Put(':id')
  update(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AdminUserUpdateDto,
  ): Promise<AdminUserRecord> {
    return this.users.update(actor, id, body);
  }

  @Delete(':id')
  remove(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AdminUserRecord> {
    return this.users.remove(actor, id);
  }
}
