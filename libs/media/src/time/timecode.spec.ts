import { formatTimecode, parseTimecode } from './timecode';
import { TimecodeError } from './timecode-error';
import { validateSegment } from './segment-bounds';

describe('parseTimecode', () => {
  it.each([
    [12.5, 12.5],
    [0, 0],
    ['12.5', 12.5],
    ['90', 90],
    ['07.250', 7.25],
    ['01:30', 90],
    ['90:00', 5400],
    ['1:02:03', 3723],
    ['01:02:03.456', 3723.456],
    [' 00:00:05.1 ', 5.1],
    [1.23456, 1.235],
  ])('reads %p as %p seconds', (input, expected) => {
    expect(parseTimecode(input)).toBe(expected);
  });

  it.each([
    ['abc', /"abc" is not a time/],
    ['1:2:3:4', /is not a time/],
    ['1::2', /is not a time/],
    ['', /is not a time/],
    ['1:75', /seconds must be below 60/],
    ['1:75:00', /minutes must be below 60/],
    ['-3', /must be 0 or more/],
    [-1, /must be 0 or more/],
    [Number.NaN, /finite/],
    ['1e3', /is not a time/],
  ])('refuses %p with a message naming the problem', (input, message) => {
    expect(() => parseTimecode(input as number | string)).toThrow(TimecodeError);
    expect(() => parseTimecode(input as number | string)).toThrow(message);
  });

  it('names the field in the message', () => {
    expect(() => parseTimecode('x', 'start')).toThrow(/^start "x" is not a time/);
  });
});

describe('formatTimecode', () => {
  it.each([
    [0, '00:00:00.000'],
    [3723.456, '01:02:03.456'],
    [59.9996, '00:01:00.000'],
    [36000, '10:00:00.000'],
  ])('formats %p as %p', (seconds, text) => {
    expect(formatTimecode(seconds)).toBe(text);
  });

  it('round-trips through parseTimecode', () => {
    expect(parseTimecode(formatTimecode(4321.5))).toBe(4321.5);
  });
});

describe('validateSegment', () => {
  it('returns parsed bounds and length', () => {
    expect(validateSegment({ start: '00:04:00', end: '4:30', duration: 600 })).toEqual({
      start: 240,
      end: 270,
      length: 30,
    });
  });

  it.each([
    [{ start: 20, end: 10, duration: 600 }, 'start', /^start must be before end/],
    [{ start: 10, end: 10 }, 'start', /^start must be before end/],
    [{ start: 10, end: 700, duration: 600 }, 'end', /^end 700 is past the video's duration 600$/],
    [{ start: 650, end: 700, duration: 600 }, 'start', /^start 650 is past the video's duration 600$/],
    [{ start: 0, end: 4000, maxLength: 3600 }, 'end', /more than the maximum of 3600 s/],
    [{ start: 'soon', end: 10 }, 'start', /^start "soon" is not a time/],
    [{ start: 0, end: '1:99' }, 'end', /^end "1:99": seconds must be below 60/],
  ])('refuses %p naming the field', (input, field, message) => {
    let error: unknown;
    try {
      validateSegment(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TimecodeError);
    expect((error as TimecodeError).field).toBe(field);
    expect((error as TimecodeError).message).toMatch(message);
  });

  it('accepts an end equal to the duration, and no duration at all', () => {
    expect(validateSegment({ start: 590, end: 600, duration: 600 }).length).toBe(10);
    expect(validateSegment({ start: 0, end: 10 }).length).toBe(10);
  });
});
