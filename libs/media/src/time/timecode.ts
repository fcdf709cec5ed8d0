import { TimecodeError } from './timecode-error';

const FORMATS_HINT = 'use seconds (12.5), MM:SS or HH:MM:SS(.mmm)';
const NUMBER = /^\d+(\.\d+)?$/;

/**
 * Seconds from a number or one of `12.5`, `SS.mmm`, `MM:SS`, `HH:MM:SS(.mmm)`, rounded to the millisecond.
 * `field` only improves the error message ("start ... is not a time").
 */
export function parseTimecode(value: number | string, field?: string): number {
  const prefix = field ? `${field} ` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new TimecodeError(`${prefix}must be a finite number of seconds`, field);
    if (value < 0) throw new TimecodeError(`${prefix}must be 0 or more (got ${value})`, field);
    return roundMs(value);
  }
  if (typeof value !== 'string') throw new TimecodeError(`${prefix}must be a time: ${FORMATS_HINT}`, field);

  const text = value.trim();
  if (text.startsWith('-')) throw new TimecodeError(`${prefix}must be 0 or more (got "${text}")`, field);
  const parts = text.split(':');
  if (parts.length > 3 || !text || parts.some((part) => !part)) {
    throw new TimecodeError(`${prefix}"${value}" is not a time: ${FORMATS_HINT}`, field);
  }
  const seconds = parts.pop()!;
  const whole = parts; // [HH, MM], [MM] or []
  if (!NUMBER.test(seconds) || whole.some((part) => !/^\d+$/.test(part))) {
    throw new TimecodeError(`${prefix}"${value}" is not a time: ${FORMATS_HINT}`, field);
  }
  const secs = Number(seconds);
  if (whole.length > 0 && secs >= 60) {
    throw new TimecodeError(`${prefix}"${value}": seconds must be below 60`, field);
  }
  if (whole.length === 2 && Number(whole[1]) >= 60) {
    throw new TimecodeError(`${prefix}"${value}": minutes must be below 60`, field);
  }
  return roundMs(whole.reduce((sum, part) => sum * 60 + Number(part), 0) * 60 + secs);
}

/** `HH:MM:SS.mmm`, the form ffmpeg and people both read. */
export function formatTimecode(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) throw new TimecodeError(`cannot format ${seconds} as a time`);
  const ms = Math.round(seconds * 1000);
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const secs = Math.floor(ms / 1000) % 60;
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(secs, 2)}.${pad(ms % 1000, 3)}`;
}

function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
