import {
  formatBytes,
  formatCompactNumber,
  formatDuration,
  formatTimeAgo,
  formatTimeLeft,
  formatTimeUntil,
} from './format';

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

describe('formatTimeUntil', () => {
  const now = new Date('2026-11-21T12:00:00Z');

  it('counts whole units down to a date to come', () => {
    expect(formatTimeUntil('2026-11-28T11:59:00Z', now)).toBe('in 6 days');
    expect(formatTimeUntil('2026-11-22T13:00:00Z', now)).toBe('tomorrow');
    expect(formatTimeUntil('2026-11-21T15:30:00Z', now)).toBe('in 3 hours');
    expect(formatTimeUntil('2026-11-21T12:00:20Z', now)).toBe('in a moment');
  });
});

describe('formatBytes', () => {
  it('uses the largest fitting decimal unit', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(45_000)).toBe('45 kB');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(2_500_000_000)).toBe('2.50 GB');
  });
});

describe('formatTimeLeft', () => {
  it('rounds up to the unit people read', () => {
    expect(formatTimeLeft(44.2)).toBe('45 s left');
    expect(formatTimeLeft(125)).toBe('3 min left');
    expect(formatTimeLeft(4800)).toBe('1 h 20 min left');
  });
});
