import { formatCompactNumber, formatDuration, formatTimeAgo } from './format';

describe('formatDuration', () => {
  it('shows minutes and seconds, and hours when there are some', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(75.9)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('shows nothing for an unknown length', () => {
    expect(formatDuration(null)).toBe('');
    expect(formatDuration(Number.NaN)).toBe('');
  });
});

describe('formatCompactNumber', () => {
  it('abbreviates large counts', () => {
    expect(formatCompactNumber(999)).toBe('999');
    expect(formatCompactNumber(1234)).toBe('1.2K');
  });
});

describe('formatTimeAgo', () => {
  const now = new Date('2026-11-21T12:00:00Z');

  it('picks the largest whole unit', () => {
    expect(formatTimeAgo('2026-11-21T11:59:30Z', now)).toBe('just now');
    expect(formatTimeAgo('2026-11-21T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatTimeAgo('2026-11-20T12:00:00Z', now)).toBe('yesterday');
  });
});
