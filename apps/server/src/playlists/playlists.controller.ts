import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { Page, PlaylistItemView, PlaylistSummaryView, PlaylistView } from '@clipstream/core';
import { Authenticated, OptionalJwtAuthGuard } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { PageQuery } from '../videos/dto/list-videos.query';
import { VideoIdPipe } from '../videos/video-id.pipe';
import {
  AddPlaylistItemDto,
  CreatePlaylistDto,
  ReorderPlaylistDto,
  UpdatePlaylistDto,
} from './dto/playlist.dto';
import { PlaylistIdPipe } from './playlist-id.pipe';
import { PlaylistsService } from './playlists.service';

const PLAYLIST_ID = {
  name: 'id',
  description: 'a playlist id, or `watch-later` for your own Watch later list',
};

@ApiTags('playlists')
@Controller()
export class PlaylistsController {
  constructor(private readonly playlists: PlaylistsService) {}

  /** Mine, "Watch later" first. */
  @Get('playlists')
  @Authenticated()
  mine(@CurrentUser() caller: RequestUser, @Query() query: PageQuery): Promise<Page<PlaylistSummaryView>> {
    return this.playlists.mine(caller, query.page, query.pageSize);
  }

  @Get('channels/:username/playlists')
  @UseGuards(OptionalJwtAuthGuard)
  ofChannel(
    @Param('username') username: string,
    @Query() query: PageQuery,
    @CurrentUser() viewer?: RequestUser,
  ): Promise<Page<PlaylistSummaryView>> {
    return this.playlists.ofChannel(username, viewer, query.page, query.pageSize);
  }

  @Post('playlists')
  @Authenticated()
  create(@CurrentUser() caller: RequestUser, @Body() body: CreatePlaylistDto): Promise<PlaylistView> {
    return this.playlists.create(caller, body);
  }

  @Get('playlists/:id')
  @ApiParam(PLAYLIST_ID)
  @UseGuards(OptionalJwtAuthGuard)
  get(@Param('id', PlaylistIdPipe) id: string, @CurrentUser() viewer?: RequestUser): Promise<PlaylistView> {
    return this.playlists.get(id, viewer);
  }

  @Patch('playlists/:id')
  @ApiParam(PLAYLIST_ID)
  @Authenticated()
  update(
    @Param('id', PlaylistIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Body() body: UpdatePlaylistDto,
  ): Promise<PlaylistView> {
    return this.playlists.update(id, caller, body);
  }

  @Delete('playlists/:id')
  @ApiParam(PLAYLIST_ID)
  @Authenticated()
  @HttpCode(204)
  remove(@Param('id', PlaylistIdPipe) id: string, @CurrentUser() caller: RequestUser): Promise<void> {
    return this.playlists.remove(id, caller);
  }

  /** Appends a video; 409 when it is already there. */
  @Post('playlists/:id/items')
  @ApiParam(PLAYLIST_ID)
  @Authenticated()
  addItem(
    @Param('id', PlaylistIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Body() body: AddPlaylistItemDto,
  ): Promise<PlaylistItemView> {
    return this.playlists.addItem(id, caller, body.videoId);
  }

  @Delete('playlists/:id/items/:videoId')
  @ApiParam(PLAYLIST_ID)
  @Authenticated()
  @HttpCode(204)
  removeItem(
    @Param('id', PlaylistIdPipe) id: string,
    @Param('videoId', VideoIdPipe) videoId: string,
    @CurrentUser() caller: RequestUser,
  ): Promise<void> {
    return this.playlists.removeItem(id, caller, videoId);
  }

  @Put('playlists/:id/order')
  @ApiParam(PLAYLIST_ID)
  @Authenticated()
  reorder(
    @Param('id', PlaylistIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Body() body: ReorderPlaylistDto,
  ): Promise<PlaylistView> {
    return this.playlists.reorder(id, caller, body.videoIds);
  }
}
