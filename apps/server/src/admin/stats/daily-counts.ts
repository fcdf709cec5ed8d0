import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

export interface DailyCount {
  /** `YYYY-MM-DD`, a UTC day. */
  date: string;
  count: number;
}

/** The tables whose rows the dashboard counts per day of creation. */
const TABLES = { uploads: 'videos', downloads: 'downloads', signups: 'users' } as const;
export type DailySeries = keyof typeof TABLES;

/** Rows created per UTC day over the last `days` days, today included, days without any as 0. */
@Injectable()
export class DailyCounts {
  constructor(private readonly em: EntityManager) {}

  async series(series: DailySeries, days: number): Promise<DailyCount[]> {
    const rows = await this.em.execute<Array<{ date: string; count: number }>>(
      `with days as (
         select generate_series((now() at time zone 'utc')::date - ?::int, (now() at time zone 'utc')::date, interval '1 day') as day
       )
       select to_char(d.day, 'YYYY-MM-DD') as date, count(t.id)::int as count
       from days d
       left join ${TABLES[series]} t
         on t.created_at >= (d.day at time zone 'utc') and t.created_at < ((d.day + interval '1 day') at time zone 'utc')
       group by d.day
       order by d.day`,
      [days - 1],
    );
    return rows.map((row) => ({ date: row.date, count: Number(row.count) }));
  }
}
