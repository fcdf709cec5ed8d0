import type { QueueName } from './queue-names';

export interface TranscodeJob {
  videoId: string;
}

export interface DownloadJob {
  downloadId: string;
}

export interface ImportJob {
  videoId: string;
  url: string;
  start?: number | null;
  end?: number | null;
}

/** Fan-out of a notification to a channel's subscribers, one batch at a time. */
export interface NotifyJob {
  kind: 'video.published';
  videoId: string;
  /** Subscribers are walked in id order; the next batch starts after this id. */
  afterSubscriptionId?: string;
}

export type CleanupJob = Record<string, never>;

export interface JobPayloads {
  transcode: TranscodeJob;
  download: DownloadJob;
  import: ImportJob;
  notify: NotifyJob;
  cleanup: CleanupJob;
}

export type JobPayload<Q extends QueueName> = JobPayloads[Q];
