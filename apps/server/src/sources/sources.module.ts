import { Module } from '@nestjs/common';
import { EgressGuardCloser, egressGuardProvider } from './egress-guard.provider';
import { SourceCache } from './source-cache';
import { SourcesController } from './sources.controller';
import { SourcesService } from './sources.service';
import { ytDlpProvider } from './ytdlp.provider';

@Module({
  controllers: [SourcesController],
  providers: [egressGuardProvider, EgressGuardCloser, ytDlpProvider, SourceCache, SourcesService],
  exports: [SourcesService],
})
export class SourcesModule {}
