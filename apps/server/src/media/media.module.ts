import { Module } from '@nestjs/common';
import { MediaAccess } from './media-access';
import { MediaFileCache } from './media-file-cache';
import { MediaAuthorizeController } from './media-authorize.controller';
import { MediaRoutes } from './media-routes';
import { MediaSigner } from './media-signer';
import { ProgressiveStreams } from './progressive-stream';
import { StreamController } from './stream.controller';

/** Serving a video's files with its privacy: open paths, signed paths, progressive MP4. */
@Module({
  controllers: [StreamController, MediaAuthorizeController],
  providers: [MediaSigner, MediaAccess, MediaRoutes, MediaFileCache, ProgressiveStreams],
  exports: [MediaAccess, MediaSigner],
})
export class MediaModule {}
