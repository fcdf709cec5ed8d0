import { Module } from '@nestjs/common';
import { DownloadsModule } from '../downloads/downloads.module';
import { ImportRunner } from './import-runner';
import { ImportProcessor } from './import.processor';

@Module({
  imports: [DownloadsModule],
  providers: [ImportProcessor, ImportRunner],
})
export class ImportsModule {}
