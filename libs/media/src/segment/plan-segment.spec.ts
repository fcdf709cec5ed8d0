import { remoteInputArgs } from '../egress/remote-input';
import type { MediaStream, SourceInspection } from '../ytdlp/source-inspection';
import { planSegment, segmentArgs } from './plan-segment';

const stream = (overrides: Partial<MediaStream>): MediaStream => ({
  formatId: 'x',
  url: 'https://cdn.example/x',
  protocol: 'https',
  ext: 'mp4',
  hasVideo: true,
  hasAudio: true,
  headers: { 'User-Agent': 'UA' },
  ...overrides,
});

const inspection = (streams: MediaStream[]) => ({ streams }) as SourceInspection;
const site = inspection([
  stream({ formatId: 'v1080', url: 'https://cdn.example/v1080', height: 1080, hasAudio: false }),
  stream({ formatId: 'v720', url: 'https://cdn.example/v720', height: 720, hasAudio: false }),
  stream({ formatId: 'a', url: 'https://cdn.example/a', hasVideo: false, tbr: 128 }),
]);
const direct = (s: MediaStream, window: { seekTo: number; duration: number }) =>
  remoteInputArgs(s.url, { headers: s.headers, ...window });

describe('planSegment and segmentArgs (pure)', () => {
  it('pairs a video-only stream with the best audio, each read with -ss and -t before -i', () => {
    const plan = planSegment(site, '720p', 'mp4');
    expect(plan).toMatchObject({ quality: '720p', video: { formatId: 'v720' }, audio: { formatId: 'a' } });
    const args = segmentArgs(plan, direct, 240, 30, '/out/x.mp4.part');
    const firstInput = args.indexOf('-i');
    expect(args.slice(firstInput - 4, firstInput + 2)).toEqual([
      '-ss',
      '240.000',
      '-t',
      '30.000',
      '-i',
      'https://cdn.example/v720',
    ]);
    expect(args.filter((arg) => arg === '-i')).toHaveLength(2);
    expect(args).toEqual(
      expect.arrayContaining(['-map', '0:V:0', '-map', '1:a:0?', '+faststart', '-progress', 'pipe:1']),
    );
    expect(args.join(' ')).not.toMatch(/protocol_whitelist \S*file/);
    expect(args.at(-1)).toBe('/out/x.mp4.part');
  });

  it('falls back to the nearest height and scales down only when asked for less', () => {
    expect(planSegment(site, '1440p', 'mp4')).toMatchObject({
      quality: '1080p',
      video: { formatId: 'v1080' },
    });
    const small = planSegment(site, '360p', 'mp4');
    expect(small).toMatchObject({ quality: '360p', scaleTo: 360, video: { formatId: 'v720' } });
    expect(segmentArgs(small, direct, 0, 1, 'o')).toEqual(expect.arrayContaining(['-vf', 'scale=-2:360']));
  });

  it('makes audio files from the audio stream only', () => {
    const plan = planSegment(site, 'best', 'mp3');
    expect(plan).toMatchObject({ quality: 'audio', format: 'mp3', audio: { formatId: 'a' } });
    expect(plan.video).toBeUndefined();
    const args = segmentArgs(plan, direct, 0, 5, 'o');
    expect(args).toEqual(expect.arrayContaining(['-vn', '-map', '0:a:0', '-c:a', 'libmp3lame', '-f', 'mp3']));
    expect(planSegment(site, 'audio', 'mp4').format).toBe('m4a');
  });

  it('explains sources that cannot give what was asked', () => {
    expect(() => planSegment(inspection([stream({ hasVideo: false })]), 'best', 'mp4')).toThrow(/no picture/);
    expect(() => planSegment(inspection([stream({ hasAudio: false })]), 'best', 'mp3')).toThrow(/no sound/);
  });
});
