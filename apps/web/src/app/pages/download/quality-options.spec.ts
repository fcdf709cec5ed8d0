import type { SourceFormat } from '../../core/downloads/download.types';
import { estimateBytes, formatAfter, formatsFor, qualityOptions } from './quality-options';

const format = (change: Partial<SourceFormat>): SourceFormat => ({
  id: change.label ?? 'f',
  label: '720p',
  ext: 'mp4',
  hasVideo: true,
  hasAudio: true,
  ...change,
});

describe('qualityOptions', () => {
  it('offers best, each height from the top, then audio', () => {
    const options = qualityOptions([
      format({ label: '360p', height: 360, filesize: 30_000_000 }),
      format({ label: '1080p', height: 1080, filesize: 300_000_000 }),
      format({ label: '720p', height: 720, filesize: 120_000_000 }),
      format({ label: 'audio', hasVideo: false, filesize: 10_000_000 }),
    ]);
    expect(options.map((option) => option.value)).toEqual(['best', '1080p', '720p', '360p', 'audio']);
    expect(options[0].wholeBytes).toBe(300_000_000);
    expect(options.at(-1)?.wholeBytes).toBe(10_000_000);
  });

  it('adds the sound to a picture-only stream, and prefers a stream with sound of the same height', () => {
    const options = qualityOptions([
      format({ id: 'v', label: '1080p', height: 1080, hasAudio: false, filesize: 200_000_000 }),
      format({ id: 'a', label: 'audio', hasVideo: false, filesize: 8_000_000 }),
      format({ id: 'm', label: '720p', height: 720, filesize: 90_000_000 }),
      format({ id: 'v2', label: '720p', height: 720, hasAudio: false, filesize: 150_000_000 }),
    ]);
    expect(options.find((o) => o.value === '1080p')?.wholeBytes).toBe(208_000_000);
    expect(options.find((o) => o.value === '720p')?.wholeBytes).toBe(90_000_000);
  });

  it('leaves sizes unknown when the site does not give them, and audio out of a silent source', () => {
    const options = qualityOptions([format({ label: '480p', height: 480, hasAudio: false })]);
    expect(options).toEqual([
      { value: 'best', label: 'Best available', wholeBytes: null },
      { value: '480p', label: '480p', wholeBytes: null },
    ]);
  });

  it('reads the height from the label when the format has none', () => {
    const options = qualityOptions([format({ label: '240p' }), format({ label: '1440p' })]);
    expect(options.map((option) => option.value)).toEqual(['best', '1440p', '240p', 'audio']);
  });
});

describe('estimateBytes', () => {
  it('takes the share of the whole that the range is of the length', () => {
    expect(estimateBytes(600_000_000, 30, 600)).toBe(30_000_000);
    expect(estimateBytes(1000, 1, 3)).toBe(333);
  });

  it('is unknown without a size or a length, and never more than the whole', () => {
    expect(estimateBytes(null, 30, 600)).toBeNull();
    expect(estimateBytes(1000, 30, null)).toBeNull();
    expect(estimateBytes(1000, 30, 0)).toBeNull();
    expect(estimateBytes(1000, 900, 600)).toBe(1000);
  });
});

describe('formats', () => {
  it('saves audio as MP3 or M4A and video as MP4', () => {
    expect(formatsFor('audio')).toEqual(['mp3', 'm4a']);
    expect(formatsFor('720p')).toEqual(['mp4']);
    expect(formatAfter('audio', 'mp4')).toBe('mp3');
    expect(formatAfter('audio', 'm4a')).toBe('m4a');
    expect(formatAfter('best', 'm4a')).toBe('mp4');
  });
});
