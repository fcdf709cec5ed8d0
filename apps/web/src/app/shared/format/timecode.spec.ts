import { formatShortTimecode, formatTimecode, parseTimecode } from './timecode';

describe('formatTimecode', () => {
  it('shows hours, minutes, seconds and milliseconds', () => {
    expect(formatTimecode(0)).toBe('00:00:00.000');
    expect(formatTimecode(3725.5)).toBe('01:02:05.500');
    expect(formatTimecode(59.9996)).toBe('00:01:00.000');
  });
});

describe('formatShortTimecode', () => {
  it('shows what a player shows, with milliseconds only when there are some', () => {
    expect(formatShortTimecode(240)).toBe('4:00');
    expect(formatShortTimecode(3725.25)).toBe('1:02:05.25');
    expect(formatShortTimecode(0.0004)).toBe('0:00');
    expect(formatShortTimecode(59.9996)).toBe('1:00');
  });

  it('is read back as the same time', () => {
    for (const seconds of [0.5, 61.125, 7322.999])
      expect(parseTimecode(formatShortTimecode(seconds))).toBe(seconds);
  });
});

describe('parseTimecode', () => {
  it('reads the forms the API accepts', () => {
    expect(parseTimecode('01:02:05.500')).toBe(3725.5);
    expect(parseTimecode('2:05')).toBe(125);
    expect(parseTimecode('12.25')).toBe(12.25);
    expect(parseTimecode(' 0:00:01,5 ')).toBe(1.5);
    expect(parseTimecode('90:00')).toBe(5400);
  });

  it('refuses what is not a time', () => {
    for (const text of ['', 'abc', '1:2:3:4', '1::2', '-1', '1:60', '1:60:00', '00:00:01.5000', '1e3']) {
      expect(parseTimecode(text)).toBeNull();
    }
  });

  it('reads back what it writes', () => {
    for (const seconds of [0, 0.001, 61.25, 7322.999])
      expect(parseTimecode(formatTimecode(seconds))).toBe(seconds);
  });
});
