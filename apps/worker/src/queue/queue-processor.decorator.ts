import { Processor } from '@nestjs/bullmq';
import { QueueName } from '@clipstream/core';

/**
 * Marks a WorkerHost as the processor of one queue. Its BullMQ worker is created stopped: WorkerRunner
 * gives it the configured concurrency and starts it once the database is migrated.
 */
export const QueueProcessor = (queue: QueueName): ClassDecorator => Processor(queue, { autorun: false });
