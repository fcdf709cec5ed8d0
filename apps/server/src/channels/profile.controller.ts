import { Body, Controller, Delete, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { UserView } from '@clipstream/core';
import { Authenticated } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { readSmallFile } from '../uploads/multipart-file';
import type { PictureKind } from './channel-pictures';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { PICTURE_MAX_BYTES, ProfilePictures } from './profile-pictures.service';
import { ProfileService } from './profile.service';

/** What a creator edits on the settings page: name, bio, avatar and banner. */
@ApiTags('channels')
@Controller('me')
@Authenticated()
export class ProfileController {
  constructor(
    private readonly profile: ProfileService,
    private readonly pictures: ProfilePictures,
  ) {}

  @Patch()
  update(@CurrentUser() caller: RequestUser, @Body() changes: UpdateProfileDto): Promise<UserView> {
    return this.profile.update(caller.id, changes);
  }

  /** A square picture (multipart `file`: JPEG, PNG, WebP…) at 64, 128 and 256 pixels. */
  @Post('avatar')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  avatar(@CurrentUser() caller: RequestUser, @Req() request: FastifyRequest): Promise<UserView> {
    return this.upload(caller, 'avatar', request);
  }

  /** A wide picture (about 6:1) at 1024 and 2048 pixels wide. */
  @Post('banner')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  banner(@CurrentUser() caller: RequestUser, @Req() request: FastifyRequest): Promise<UserView> {
    return this.upload(caller, 'banner', request);
  }

  @Delete('avatar')
  removeAvatar(@CurrentUser() caller: RequestUser): Promise<UserView> {
    return this.pictures.remove(caller.id, 'avatar');
  }

  @Delete('banner')
  removeBanner(@CurrentUser() caller: RequestUser): Promise<UserView> {
    return this.pictures.remove(caller.id, 'banner');
  }

  private async upload(caller: RequestUser, kind: PictureKind, request: FastifyRequest): Promise<UserView> {
    return this.pictures.replace(caller.id, kind, await readSmallFile(request, 'file', PICTURE_MAX_BYTES));
  }
}
