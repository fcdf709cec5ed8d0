/** Exact times for editing (the clip tool): "HH:MM:SS.mmm", as the API also accepts. */

/** 3725.5 → "01:02:05.500" */
export function formatTimecode(totalSeconds: number): string {
  const millis = Math.max(0, Math.round(totalSeconds * 1000));
  const hours = Math.floor(millis / 3_600_000);
  const minutes = Math.floor((millis % 3_600_000) / 60_000);
  const seconds = Math.floor((millis % 60_000) / 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(millis % 1000, 3)}`;
}

/** 240 → "4:00", 3725.25 → "1:02:05.25": a player's style, with the milliseconds only when there are some. */
export function formatShortTimecode(totalSeconds: number): string {
  const millis = Math.max(0, Math.round(totalSeconds * 1000));
  const whole = Math.floor(millis / 1000);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  const fraction =
    millis % 1000
      ? `.${String(millis % 1000)
          .padStart(3, '0')
          .replace(/0+$/, '')}`
      : '';
  const clock =
    hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
  return clock + fraction;
}

const PART = /^\d+$/;
const SECONDS = /^\d+(?:[.,]\d{1,3})?$/;

/**
 * "HH:MM:SS(.mmm)", "MM:SS(.mmm)" or plain seconds → seconds; null for anything else. The leading
 * unit may exceed its usual range ("90:00" is an hour and a half), the later ones may not.
 */
export function parseTimecode(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length > 3 || parts.some((part) => part === '')) return null;
  const secondsText = parts.pop()!;
  if (!SECONDS.test(secondsText) || !parts.every((part) => PART.test(part))) return null;
  const seconds = Number(secondsText.replace(',', '.'));
  const units = parts.map(Number);
  if (units.length > 0 && seconds >= 60) return null;
  if (units.length === 2 && units[1] >= 60) return null;
  const [hours, minutes] = units.length === 2 ? units : [0, units[0] ?? 0];
  return hours * 3600 + minutes * 60 + seconds;
}
