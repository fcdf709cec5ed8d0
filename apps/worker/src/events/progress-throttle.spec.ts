import { ProgressThrottle } from './progress-throttle';

describe('ProgressThrottle', () => {
  let clock: number;
  const throttle = () => new ProgressThrottle(250, () => clock);

  beforeEach(() => {
    clock = 1_000;
  });

  it('lets the first update through, then at most one per interval', () => {
    const progress = throttle();
    expect(progress.shouldSend()).toBe(true);
    clock += 100;
    expect(progress.shouldSend()).toBe(false);
    clock += 149;
    expect(progress.shouldSend()).toBe(false);
    clock += 1;
    expect(progress.shouldSend()).toBe(true);
    clock += 10;
    expect(progress.shouldSend()).toBe(false);
  });

  it('always lets the final state through, even right after another update', () => {
    const progress = throttle();
    expect(progress.shouldSend()).toBe(true);
    clock += 1;
    expect(progress.shouldSend(true)).toBe(true);
  });
});
