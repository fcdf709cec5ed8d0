import { Module } from '@nestjs/common';
import { CleanupProcessor } from './cleanup.processor';
import { CleanupScheduler } from './cleanup.scheduler';
import { CleanupService } from './cleanup.service';

@Module({ providers: [CleanupService, CleanupProcessor, CleanupScheduler] })
export class CleanupModule {}
