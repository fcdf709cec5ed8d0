import { TransferRate } from './transfer-rate';

describe('TransferRate', () => {
  it('has no speed until it has seen enough of the transfer', () => {
    const rate = new TransferRate();
    expect(rate.bytesPerSecond()).toBeNull();
    rate.add(0, 0);
    rate.add(1000, 100);
    expect(rate.bytesPerSecond()).toBeNull();
    expect(rate.secondsLeft(10_000)).toBeNull();
  });

  it('measures bytes per second and the time left', () => {
    const rate = new TransferRate();
    rate.add(0, 0);
    rate.add(1_000_000, 1000);
    rate.add(2_000_000, 2000);
    expect(rate.bytesPerSecond()).toBe(1_000_000);
    expect(rate.secondsLeft(10_000_000)).toBe(8);
  });

  it('follows the recent speed, not the average since the start', () => {
    const rate = new TransferRate();
    rate.add(0, 0);
    rate.add(10_000_000, 1000);
    for (let second = 2; second <= 12; second++) rate.add(10_000_000 + (second - 1) * 100_000, second * 1000);
    expect(rate.bytesPerSecond()).toBeCloseTo(100_000, -3);
  });

  it('starts over after a reset', () => {
    const rate = new TransferRate();
    rate.add(0, 0);
    rate.add(5000, 1000);
    rate.reset();
    rate.add(5000, 60_000);
    expect(rate.bytesPerSecond()).toBeNull();
  });
});
