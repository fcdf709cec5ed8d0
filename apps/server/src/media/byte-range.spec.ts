import { parseByteRange } from './byte-range';

describe('parseByteRange', () => {
  it.each([
    ['bytes=0-99', 1000, { start: 0, end: 99 }],
    ['bytes=500-', 1000, { start: 500, end: 999 }],
    ['bytes=-100', 1000, { start: 900, end: 999 }],
    ['bytes=-5000', 1000, { start: 0, end: 999 }],
    ['bytes=900-5000', 1000, { start: 900, end: 999 }],
  ])('reads %s of a %d-byte file', (header, size, range) => {
    expect(parseByteRange(header, size)).toEqual(range);
  });

  it.each([['bytes=1000-'], ['bytes=2000-3000'], ['bytes=-0']])('refuses %s as unsatisfiable', (header) => {
    expect(parseByteRange(header, 1000)).toBe('unsatisfiable');
  });

  it.each([[undefined], ['items=0-1'], ['bytes=5-1'], ['bytes=-'], ['bytes=0-1,5-9'], ['bytes=abc']])(
    'ignores %s',
    (header) => {
      expect(parseByteRange(header, 1000)).toBeNull();
    },
  );
});
