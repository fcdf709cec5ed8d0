import { WorkerHost } from '@nestjs/bullmq';
import { QueueName } from '@clipstream/core';
import { QueueProcessor } from '../queue/queue-processor.decorator';
import { CleanupService, CleanupSummary } from './cleanup.service';

@QueueProcessor(QueueName.cleanup)
export class CleanupProcessor extends WorkerHost {
  constructor(private readonly cleanup: CleanupService) {
    super();
  }

  process(): Promise<CleanupSummary> {
    return this.cleanup.run();
  }
}
