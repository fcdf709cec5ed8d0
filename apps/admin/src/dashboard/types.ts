import type { QueueCounts } from '../jobs/types';

export interface DailyCount {
  /** `YYYY-MM-DD` */
  date: string;
  count: number;
}

/** `GET /api/admin/stats`. Storage sizes are bytes. */
export interface AdminStats {
  counts: { users: number; videos: number; comments: number; downloads: number; openReports: number };
  storage: { originals: number; videos: number; downloads: number; images: number };
  queues: QueueCounts;
  daily: { uploads: DailyCount[]; downloads: DailyCount[]; signups: DailyCount[] };
}

export type DailySeries = keyof AdminStats['daily'];

/** One day of every series, as the charts plot them. */
export type DailyRow = { date: string } & Record<DailySeries, number>;
