/** Display formats shared by the pipes; plain functions so they are easy to unit-test. */

/** 75 → "1:15", 3725 → "1:02:05" (the way video players show a length). */
export function formatDuration(totalSeconds: number | null | undefined): string {
  if (
    totalSeconds === null ||
    totalSeconds === undefined ||
    !Number.isFinite(totalSeconds) ||
    totalSeconds < 0
  ) {
    return '';
  }
  const seconds = Math.floor(totalSeconds);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** 1234 → "1.2K" */
export function formatCompactNumber(value: number): string {
  return compact.format(value);
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** An ISO date as "3 days ago", relative to `now`. */
export function formatTimeAgo(iso: string, now: Date = new Date()): string {
  const elapsed = (now.getTime() - new Date(iso).getTime()) / 1000;
  if (!Number.isFinite(elapsed)) return '';
  for (const [unit, size] of STEPS) {
    if (elapsed >= size) return relative.format(-Math.floor(elapsed / size), unit);
  }
  return 'just now';
}

/** A future ISO date as "in 6 days", "tomorrow", "in 3 hours", relative to `now`; "in a moment" when close. */
export function formatTimeUntil(iso: string, now: Date = new Date()): string {
  const remaining = (new Date(iso).getTime() - now.getTime()) / 1000;
  if (!Number.isFinite(remaining)) return '';
  for (const [unit, size] of STEPS) {
    if (remaining >= size) return relative.format(Math.floor(remaining / size), unit);
  }
  return 'in a moment';
}

const MB = 1_000_000;

/** 1_234_567 → "1.2 MB"; the decimal units a download dialog uses. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / 1000).toFixed(0)} kB`;
  if (bytes < 1000 * MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / (1000 * MB)).toFixed(2)} GB`;
}

/** Time left as people say it: "45 s left", "3 min left", "1 h 20 min left". */
export function formatTimeLeft(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s left`;
  const minutes = Math.ceil(whole / 60);
  if (minutes < 60) return `${minutes} min left`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}
