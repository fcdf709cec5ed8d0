import type { AdminStats, DailyRow, DailySeries } from './types';

/** The per-day series side by side, oldest day first; a day missing from one series counts 0 there. */
export function mergeDaily(daily: AdminStats['daily']): DailyRow[] {
  const rows = new Map<string, DailyRow>();
  for (const series of Object.keys(daily) as DailySeries[]) {
    for (const { date, count } of daily[series]) {
      const row = rows.get(date) ?? { date, uploads: 0, downloads: 0, signups: 0 };
      row[series] = count;
      rows.set(date, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
}
