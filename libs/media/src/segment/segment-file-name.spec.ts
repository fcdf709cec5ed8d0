import { segmentFileName } from './segment-file-name';

describe('segmentFileName', () => {
  it('builds {sourceId}_{start}_{end}_{quality}.{ext}', () => {
    expect(segmentFileName('abc123', 240, 270.5, '720p', 'mp4')).toBe('abc123_240_270.5_720p.mp4');
    expect(segmentFileName('abc', 1.23456, 2, 'audio', 'mp3')).toBe('abc_1.235_2_audio.mp3');
  });

  it('sanitises ids from extractors', () => {
    expect(segmentFileName('../../etc/passwd', 0, 1, 'best', 'mp4')).toBe('etc_passwd_0_1_best.mp4');
    expect(segmentFileName('a/b\\c:d*e?f"g<h>i|j\u0000', 0, 1, 'best', 'mp4')).toBe(
      'a_b_c_d_e_f_g_h_i_j_0_1_best.mp4',
    );
  });

  it('uses a custom name, sanitised, with the right extension', () => {
    expect(segmentFileName('abc', 0, 1, 'best', 'mp4', 'My talk — part 1')).toBe('My talk - part 1.mp4');
    expect(segmentFileName('abc', 0, 1, 'best', 'mp4', 'talk.mp4')).toBe('talk.mp4');
    expect(segmentFileName('abc', 0, 1, 'best', 'mp3', '../../.bashrc')).toBe('bashrc.mp3');
    expect(segmentFileName('abc', 0, 1, 'best', 'mp4', 'Vidéo 日本')).toBe('Vidéo 日本.mp4');
  });

  it('falls back to the default when the custom name has nothing left', () => {
    expect(segmentFileName('abc', 0, 1, 'best', 'mp4', '../..')).toBe('abc_0_1_best.mp4');
    expect(segmentFileName('abc', 0, 1, 'best', 'mp4', '   ')).toBe('abc_0_1_best.mp4');
  });

  it('keeps names short', () => {
    expect(segmentFileName('abc', 0, 1, 'best', 'mp4', 'x'.repeat(500)).length).toBe(184);
  });
});
