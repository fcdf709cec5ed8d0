import { Global, Module } from '@nestjs/common';
import { AnnouncementStore } from './announcement-store';
import { FanoutProcessor } from './fanout.processor';
import { PublishedVideoFanout } from './published-video-fanout';
import { VideoAnnouncer } from './video-announcer';

/** Global: the transcode runner announces the videos it publishes. */
@Global()
@Module({
  providers: [FanoutProcessor, PublishedVideoFanout, AnnouncementStore, VideoAnnouncer],
  exports: [VideoAnnouncer],
})
export class FanoutModule {}
