import {
  chapterRange,
  downloadRequest,
  fieldKey,
  nextRange,
  type SegmentDraft,
  segmentProblems,
  totalSeconds,
  wholeSource,
} from './segments';

const segment = (start: number, end: number, name = '', key = start): SegmentDraft => ({
  key,
  start,
  end,
  name,
});

describe('segment ranges', () => {
  it('starts with the whole source, or a minute of one of unknown length', () => {
    expect(wholeSource(600.1234)).toEqual({ start: 0, end: 600.123 });
    expect(wholeSource(null)).toEqual({ start: 0, end: 60 });
  });

  it('adds the rest after the last segment, or the whole source when nothing is left', () => {
    expect(nextRange([], 600)).toEqual({ start: 0, end: 600 });
    expect(nextRange([segment(0, 120)], 600)).toEqual({ start: 120, end: 600 });
    expect(nextRange([segment(0, 600)], 600)).toEqual({ start: 0, end: 600 });
    expect(nextRange([segment(0, 30)], null)).toEqual({ start: 30, end: 90 });
  });

  it('turns a chapter into a range inside the source', () => {
    expect(chapterRange({ title: 'Intro', start: 0, end: 95.5 }, 600)).toEqual({ start: 0, end: 95.5 });
    expect(chapterRange({ title: 'Outro', start: 590, end: 600.4 }, 600)).toEqual({ start: 590, end: 600 });
    expect(chapterRange({ title: 'All', start: -1, end: 90 }, null)).toEqual({ start: 0, end: 90 });
  });

  it('adds up the length of all segments', () => {
    expect(totalSeconds([segment(0, 30), segment(100, 160.5)])).toBe(90.5);
  });
});

describe('segmentProblems', () => {
  it('accepts segments inside the source, overlapping or not', () => {
    expect(segmentProblems([segment(0, 30), segment(10, 600)], 600)).toEqual([]);
    expect(segmentProblems([segment(0, 5000)], null)).toEqual([]);
  });

  it('names the segment and the field that is wrong', () => {
    expect(segmentProblems([segment(30, 30)], 600)).toEqual(['The end must come after the start.']);
    expect(segmentProblems([segment(0, 30), segment(40, 20)], 600)).toEqual([
      'Segment 2: the end must come after the start.',
    ]);
    expect(segmentProblems([segment(0, 601)], 600)).toEqual([
      'The end is past the end of the video (00:10:00.000).',
    ]);
    expect(segmentProblems([segment(-1, 10)], 600)).toEqual([
      'The start cannot be before the beginning of the video.',
    ]);
    expect(segmentProblems([segment(0, 10, 'x'.repeat(201))], 600)).toEqual([
      'The name is longer than 200 characters.',
    ]);
  });

  it('refuses a time field holding something that is not a time', () => {
    const second = segment(50, 60, '', 7);
    expect(segmentProblems([segment(0, 10), second], 600, new Set([fieldKey(second, 'end')]))).toEqual([
      'Segment 2: the end is not a time; write HH:MM:SS.mmm, MM:SS or seconds.',
    ]);
  });

  it('needs one segment and at most fifty', () => {
    expect(segmentProblems([], 600)).toEqual(['Add a segment first.']);
    const many = Array.from({ length: 51 }, (_, i) => segment(i, i + 1));
    expect(segmentProblems(many, 600)).toEqual(['At most 50 segments can be downloaded at once.']);
  });
});

describe('downloadRequest', () => {
  it('asks for one download for one segment, with its name when it has one', () => {
    expect(downloadRequest('https://v.example/1', [segment(240, 270, ' talk ')], '720p', 'mp4')).toEqual({
      url: 'https://v.example/1',
      start: 240,
      end: 270,
      name: 'talk',
      quality: '720p',
      format: 'mp4',
    });
  });

  it('asks for a batch for several segments', () => {
    expect(
      downloadRequest('https://v.example/1', [segment(0, 10), segment(20, 30, 'b')], 'audio', 'mp3'),
    ).toEqual({
      url: 'https://v.example/1',
      segments: [
        { start: 0, end: 10 },
        { start: 20, end: 30, name: 'b' },
      ],
      quality: 'audio',
      format: 'mp3',
    });
  });
});
