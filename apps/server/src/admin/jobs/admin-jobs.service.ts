import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Job } from 'bullmq';
import { ALL_QUEUES, QueueName } from '@clipstream/core';
import type { RequestUser } from '../../common/request-user';
import { JobCounts, JobQueues } from '../../queues/job-queues';
import { AuditLogService } from '../audit-log.service';
import { choiceFilter, ParsedListQuery } from '../simple-rest';

export const JOB_STATES = ['failed', 'waiting', 'active', 'delayed', 'completed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * Jobs live in Redis, not in a table: they are ordered by creation time only (`id` is read as that too,
 * react-admin's default sort, as a job id is not comparable across queues).
 */
export const ADMIN_JOB_SORTABLE = ['timestamp', 'id'] as const;

export interface AdminJobRecord {
  /** `{queue}:{jobId}`: unique across queues. */
  id: string;
  queue: QueueName;
  jobId: string;
  name: string;
  state: string;
  data: unknown;
  failedReason: string | null;
  /** The stack of the last failure. */
  stacktrace: string | null;
  attemptsMade: number;
  progress: unknown;
  timestamp: number;
  processedOn: number | null;
  finishedOn: number | null;
}

function toRecord(queue: QueueName, job: Job, state: string): AdminJobRecord {
  return {
    id: `${queue}:${job.id}`,
    queue,
    jobId: String(job.id),
    name: job.name,
    state,
    data: job.data,
    failedReason: job.failedReason || null,
    stacktrace: job.stacktrace?.at(-1) ?? null,
    attemptsMade: job.attemptsMade,
    progress: job.progress,
    timestamp: job.timestamp,
    processedOn: job.processedOn ?? null,
    finishedOn: job.finishedOn ?? null,
  };
}

/** `{queue}:{jobId}` → its parts; an unknown queue names no job. */
function parseJobId(id: string): { queue: QueueName; jobId: string } {
  const colon = id.indexOf(':');
  const queue = id.slice(0, colon) as QueueName;
  if (colon < 0 || !ALL_QUEUES.includes(queue) || colon === id.length - 1)
    throw new NotFoundException('Job not found');
  return { queue, jobId: id.slice(colon + 1) };
}

/** The BullMQ queues seen from the panel: jobs by queue and state, counts, retry and removal. */
@Injectable()
export class AdminJobsService {
  constructor(
    private readonly queues: JobQueues,
    private readonly em: EntityManager,
    private readonly audit: AuditLogService,
  ) {}

  /**
   * Filters: queue, state (all five by default), id (a list, react-admin's getMany). Each (queue, state)
   * list gives its first `offset + limit` jobs, which are merged by creation time: pages are exact for
   * one list, and close to it across several (a job finishing meanwhile moves between lists anyway).
   */
  async list(query: ParsedListQuery): Promise<{ items: AdminJobRecord[]; total: number }> {
    const { filter } = query;
    if (filter.id !== undefined) {
      const ids = [filter.id].flat();
      if (!ids.every((id) => typeof id === 'string'))
        throw new BadRequestException('filter.id must be job ids');
      // like getMany over a table: jobs removed meanwhile are left out
      const found = await Promise.all(
        ids.map((id) =>
          this.find(id as string).catch((error: unknown) => {
            if (error instanceof NotFoundException) return null;
            throw error;
          }),
        ),
      );
      const items = found.filter((record) => record !== null);
      return { items, total: items.length };
    }
    const queue = choiceFilter(filter, 'queue', ALL_QUEUES);
    const state = choiceFilter(filter, 'state', JOB_STATES);
    const ascending = Object.values(query.orderBy)[0] === 'asc';
    const lists = (queue ? [queue] : ALL_QUEUES).flatMap((name) =>
      (state ? [state] : JOB_STATES).map((each) => ({ name, state: each })),
    );
    const wanted = query.offset + query.limit;
    const pages = await Promise.all(
      lists.map(async ({ name, state: each }) => {
        const source = this.queues.queue(name);
        const [count, jobs] = await Promise.all([
          source.getJobCountByTypes(each),
          source.getJobs(each, 0, wanted - 1, ascending),
        ]);
        return { count, records: jobs.filter(Boolean).map((job) => toRecord(name, job, each)) };
      }),
    );
    const records = pages
      .flatMap((page) => page.records)
      .sort((a, b) => (ascending ? a.timestamp - b.timestamp : b.timestamp - a.timestamp));
    return {
      items: records.slice(query.offset, wanted),
      total: pages.reduce((sum, page) => sum + page.count, 0),
    };
  }

  get(id: string): Promise<AdminJobRecord> {
    return this.find(id);
  }

  counts(): Promise<Record<QueueName, JobCounts>> {
    return this.queues.counts();
  }

  /** A failed job runs again, from its first attempt. */
  async retry(actor: RequestUser, id: string): Promise<AdminJobRecord> {
    const { queue, job } = await this.load(id);
    const state = await job.getState();
    if (state !== 'failed')
      throw new ConflictException(`Only a failed job can be retried; this one is ${state}`);
    await job.retry('failed');
    this.audit.record({
      actorId: actor.id,
      action: 'job.retry',
      targetType: 'job',
      targetId: id,
      data: { queue, name: job.name },
    });
    await this.em.flush();
    return this.find(id);
  }

  /** Removes a job that no worker holds. */
  async remove(actor: RequestUser, id: string): Promise<AdminJobRecord> {
    const record = await this.find(id);
    const { job } = await this.load(id);
    try {
      await job.remove();
    } catch {
      throw new ConflictException('This job is running; it can be removed once it has finished');
    }
    this.audit.record({
      actorId: actor.id,
      action: 'job.remove',
      targetType: 'job',
      targetId: id,
      data: {
        queue: record.queue,
        name: record.name,
        state: record.state,
        failedReason: record.failedReason,
      },
    });
    await this.em.flush();
    return record;
  }

  private async find(id: string): Promise<AdminJobRecord> {
    const { queue, job } = await this.load(id);
    return toRecord(queue, job, await job.getState());
  }

  private async load(id: string): Promise<{ queue: QueueName; job: Job }> {
    const { queue, jobId } = parseJobId(id);
    const job = await this.queues.queue(queue).getJob(jobId);
    if (!job) throw new NotFoundException('Job not found');
    return { queue, job };
  }
}
