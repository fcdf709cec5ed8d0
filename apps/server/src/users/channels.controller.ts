import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ChannelView, UsersService } from './users.service';

@ApiTags('channels')
@Controller('channels')
export class ChannelsController {
  constructor(private readonly users: UsersService) {}

  @Get(':username')
  channel(@Param('username') username: string): Promise<ChannelView> {
    return this.users.channel(username);
  }
}
