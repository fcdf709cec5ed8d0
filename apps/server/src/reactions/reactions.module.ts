import { Module } from '@nestjs/common';
import { VideosModule } from '../videos/videos.module';
import { RatingStore } from './rating-store';
import { ReactionsController } from './reactions.controller';
import { ReactionsService } from './reactions.service';

@Module({
  imports: [VideosModule],
  controllers: [ReactionsController],
  providers: [ReactionsService, RatingStore],
})
export class ReactionsModule {}
