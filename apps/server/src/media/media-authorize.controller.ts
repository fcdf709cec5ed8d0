import {
  Controller,
  ForbiddenException,
  Get,
  Headers,
  HttpCode,
  NotFoundException,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipRateLimit } from '../rate-limit/rate-limit.guard';
import { MediaAccess } from './media-access';
import { parseMediaUri } from './media-path';

/**
 * For nginx's `auth_request` when it serves DATA_DIR itself: 204 when the media URL may be served, 403
 * or 404 otherwise. The same rules as the server's own media routes.
 */
@ApiTags('media')
@Controller('media')
export class MediaAuthorizeController {
  constructor(private readonly access: MediaAccess) {}

  @Get('authorize')
  @HttpCode(204)
  @SkipRateLimit()
  async authorize(
    @Query('uri') uri: string | undefined,
    @Headers('x-original-uri') originalUri: string | undefined,
  ): Promise<void> {
    const request = parseMediaUri(uri ?? originalUri ?? '');
    if (!request) throw new NotFoundException('Not a media URL');
    const decision = await this.access.decide(request.videoId, request.token);
    if (decision === 'missing') throw new NotFoundException('Video not found');
    if (decision === 'forbidden') throw new ForbiddenException('This media is not available to you');
  }
}
