/** The BullMQ states the admin API counts and filters by. */
export const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** `GET /api/admin/jobs/counts` (and the dashboard's `queues`): per queue, how many jobs in each state. */
export type QueueCounts = Record<string, Record<JobState, number>>;

/** A row of /api/admin/jobs; `id` is `{queue}:{jobId}`. */
export interface AdminJob {
  id: string;
  queue: string;
  name: string;
  state: JobState;
  data: unknown;
  failedReason: string | null;
  /** The stack of the last failure. */
  stacktrace: string | null;
  attemptsMade: number;
  /** Milliseconds since the epoch, as BullMQ keeps them. */
  timestamp: number;
  finishedOn: number | null;
}
