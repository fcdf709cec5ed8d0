import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { SourcesModule } from '../sources/sources.module';
import { StorageModule } from '../storage/storage.module';
import { VideosModule } from '../videos/videos.module';
import { DownloadFiles } from './download-files';
import { DownloadJobs } from './download-jobs';
import { DownloadQuota } from './download-quota';
import { DownloadsController } from './downloads.controller';
import { DownloadsService } from './downloads.service';
import { ImportJobs } from './import-jobs';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';
import { ShareLinkSigner } from './share-link-signer';

@Module({
  imports: [SourcesModule, RateLimitModule, StorageModule, VideosModule],
  controllers: [DownloadsController, ImportController],
  providers: [
    DownloadsService,
    DownloadFiles,
    DownloadJobs,
    DownloadQuota,
    ShareLinkSigner,
    ImportService,
    ImportJobs,
  ],
})
export class DownloadsModule {}
