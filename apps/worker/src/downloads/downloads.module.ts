import { Module } from '@nestjs/common';
import { DownloadRunner } from './download-runner';
import { DownloadProcessor } from './download.processor';
import { EgressModule } from './egress.module';
import { SegmentFetcher } from './segment-fetcher';

@Module({
  imports: [EgressModule],
  providers: [DownloadProcessor, DownloadRunner, SegmentFetcher],
  exports: [SegmentFetcher],
})
export class DownloadsModule {}
