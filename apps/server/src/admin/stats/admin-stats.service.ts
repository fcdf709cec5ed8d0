import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Comment, Download, QueueName, Report, User, Video } from '@clipstream/core';
import { JobCounts, JobQueues } from '../../queues/job-queues';
import { DailyCount, DailyCounts } from './daily-counts';
import { StorageUsage, StorageUsageByArea } from './storage-usage';

const DAYS = 30;

export interface AdminStats {
  counts: { users: number; videos: number; comments: number; downloads: number; openReports: number };
  /** Bytes. */
  storage: StorageUsageByArea;
  queues: Record<QueueName, JobCounts>;
  daily: { uploads: DailyCount[]; downloads: DailyCount[]; signups: DailyCount[] };
}

/** The dashboard: totals, storage by kind, queue depths and the last 30 days. */
@Injectable()
export class AdminStatsService {
  constructor(
    private readonly em: EntityManager,
    private readonly daily: DailyCounts,
    private readonly storage: StorageUsage,
    private readonly queues: JobQueues,
  ) {}

  async stats(): Promise<AdminStats> {
    const [storage, queues] = await Promise.all([this.storage.byArea(), this.queues.counts()]);
    return {
      counts: {
        users: await this.em.count(User),
        videos: await this.em.count(Video),
        comments: await this.em.count(Comment),
        downloads: await this.em.count(Download),
        openReports: await this.em.count(Report, { status: 'open' }),
      },
      storage,
      queues,
      daily: {
        uploads: await this.daily.series('uploads', DAYS),
        downloads: await this.daily.series('downloads', DAYS),
        signups: await this.daily.series('signups', DAYS),
      },
    };
  }
}
