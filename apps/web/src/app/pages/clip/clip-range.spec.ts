import { initialRange, MIN_CLIP_SECONDS, moveHandle } from './clip-range';

describe('clip range', () => {
  it('starts with the first half minute, or the whole of a shorter video', () => {
    expect(initialRange(600)).toEqual({ start: 0, end: 30 });
    expect(initialRange(12.3456)).toEqual({ start: 0, end: 12.346 });
  });

  it('moves a handle to a time, to the millisecond', () => {
    expect(moveHandle({ start: 0, end: 30 }, 'start', 10.12345, 60)).toEqual({ start: 10.123, end: 30 });
    expect(moveHandle({ start: 0, end: 30 }, 'end', 45, 60)).toEqual({ start: 0, end: 45 });
  });

  it('keeps the handles inside the video', () => {
    expect(moveHandle({ start: 5, end: 30 }, 'start', -3, 60).start).toBe(0);
    expect(moveHandle({ start: 5, end: 30 }, 'end', 99, 60).end).toBe(60);
  });

  it('stops a handle short of the other one', () => {
    expect(moveHandle({ start: 5, end: 30 }, 'start', 40, 60)).toEqual({
      start: 30 - MIN_CLIP_SECONDS,
      end: 30,
    });
    expect(moveHandle({ start: 5, end: 30 }, 'end', 1, 60)).toEqual({ start: 5, end: 5 + MIN_CLIP_SECONDS });
  });
});
