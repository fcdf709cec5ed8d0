/** Every BullMQ queue, one per kind of work (each with its own concurrency). */
export const QueueName = {
  transcode: 'transcode',
  download: 'download',
  import: 'import',
  notify: 'notify',
  cleanup: 'cleanup',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const ALL_QUEUES: QueueName[] = Object.values(QueueName);
