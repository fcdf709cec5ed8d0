import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { VideosModule } from '../videos/videos.module';
import { ChannelsController } from './channels.controller';
import { ChannelsService } from './channels.service';
import { PictureRoutes } from './picture-routes';
import { ProfileController } from './profile.controller';
import { ProfilePictures } from './profile-pictures.service';
import { ProfileService } from './profile.service';

/** A person's public face: the channel page, its videos, and the profile they edit. */
@Module({
  imports: [AuthModule, VideosModule],
  controllers: [ChannelsController, ProfileController],
  providers: [ChannelsService, ProfileService, ProfilePictures, PictureRoutes],
})
export class ChannelsModule {}
