import { segmentProgressReader, type SegmentProgress } from './segment-progress';

describe('segmentProgressReader (pure)', () => {
  const block = (outTimeUs: number, totalSize: number, progress = 'continue') => [
    `out_time_us=${outTimeUs}`,
    `total_size=${totalSize}`,
    'fps=25',
    `progress=${progress}`,
  ];

  it('reports percent of the segment, ETA from the pace so far, and bytes written', () => {
    let now = 0;
    const reports: SegmentProgress[] = [];
    const read = segmentProgressReader(
      20,
      (report) => reports.push(report),
      () => now,
    );
    now = 1000;
    block(5_000_000, 100_000).forEach(read);
    now = 2000;
    block(10_000_000, 200_000).forEach(read);
    now = 3000;
    block(20_000_000, 400_000, 'end').forEach(read);
    expect(reports).toEqual([
      { percent: 25, etaSeconds: 3, bytes: 100_000 },
      { percent: 50, etaSeconds: 2, bytes: 200_000 },
      { percent: 100, etaSeconds: 0, bytes: 400_000 },
    ]);
  });

  it('reports at most four times a second, but always the end', () => {
    let now = 0;
    const reports: SegmentProgress[] = [];
    const read = segmentProgressReader(
      10,
      (report) => reports.push(report),
      () => now,
    );
    for (let step = 1; step <= 10; step += 1) {
      now = step * 50;
      block(step * 100_000, step).forEach(read);
    }
    block(10_000_000, 99, 'end').forEach(read);
    expect(reports.map((report) => report.percent)).toEqual([1, 6, 100]);
  });

  it('has no ETA before there is a pace', () => {
    const reports: SegmentProgress[] = [];
    const read = segmentProgressReader(
      10,
      (report) => reports.push(report),
      () => 0,
    );
    block(0, 0).forEach(read);
    expect(reports).toEqual([{ percent: 0, etaSeconds: null, bytes: 0 }]);
  });
});
