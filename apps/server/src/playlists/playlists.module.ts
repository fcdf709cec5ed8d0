import { Module } from '@nestjs/common';
import { VideosModule } from '../videos/videos.module';
import { PlaylistStore } from './playlist-store';
import { PlaylistsController } from './playlists.controller';
import { PlaylistsService } from './playlists.service';

@Module({
  imports: [VideosModule],
  controllers: [PlaylistsController],
  providers: [PlaylistsService, PlaylistStore],
})
export class PlaylistsModule {}
