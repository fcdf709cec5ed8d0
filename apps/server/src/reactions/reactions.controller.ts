import { Body, Controller, Get, Param, Put, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RatingView } from '@clipstream/core';
import { Authenticated, OptionalJwtAuthGuard } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { VideoIdPipe } from '../videos/video-id.pipe';
import { RateVideoDto } from './dto/rate-video.dto';
import { ReactionsService } from './reactions.service';

@ApiTags('videos')
@Controller('videos/:id/rating')
export class ReactionsController {
  constructor(private readonly reactions: ReactionsService) {}

  /** Idempotent: the same rating twice is counted once; 'none' takes it back. */
  @Put()
  @Authenticated()
  rate(
    @Param('id', VideoIdPipe) id: string,
    @CurrentUser() caller: RequestUser,
    @Body() body: RateVideoDto,
  ): Promise<RatingView> {
    return this.reactions.rate(id, caller, body.rating);
  }

  @Get()
  @UseGuards(OptionalJwtAuthGuard)
  get(@Param('id', VideoIdPipe) id: string, @CurrentUser() viewer?: RequestUser): Promise<RatingView> {
    return this.reactions.get(id, viewer);
  }
}
