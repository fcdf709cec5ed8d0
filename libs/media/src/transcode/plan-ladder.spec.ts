import type { MediaProbe } from '../probe/probe-media';
import { planLadder } from './plan-ladder';
import { DEFAULT_TRANSCODE_PROFILE, resolveTranscodeProfile } from './transcode-profile';

const video = (width: number, height: number, extra: Partial<MediaProbe> = {}): MediaProbe => ({
  container: 'mov,mp4,m4a,3gp,3g2,mj2',
  probeScore: 100,
  duration: 60,
  size: 1,
  bitRate: null,
  hasVideo: true,
  hasAudio: true,
  videoStreamIndex: 0,
  audioStreamIndex: 1,
  width,
  height,
  rotation: 0,
  fps: 30,
  nominalFps: 30,
  isVFR: false,
  interlaced: false,
  videoCodec: 'h264',
  audioCodec: 'aac',
  audioChannels: 2,
  audioSampleRate: 48000,
  ...extra,
});

const rungs = (probe: MediaProbe, profile = DEFAULT_TRANSCODE_PROFILE) =>
  planLadder(probe, profile).video.map((r) => `${r.name} ${r.width}x${r.height}`);

describe('planLadder', () => {
  test('goes up to the source height and never upscales', () => {
    expect(rungs(video(1920, 1080))).toEqual([
      '240p 426x240',
      '360p 640x360',
      '480p 854x480',
      '720p 1280x720',
      '1080p 1920x1080',
    ]);
    expect(rungs(video(3840, 2160))).toHaveLength(7);
    expect(rungs(video(1280, 720)).pop()).toBe('720p 1280x720');
  });

  test('names vertical rungs by their short side and keeps them vertical', () => {
    expect(rungs(video(720, 1280))).toEqual([
      '240p 240x426',
      '360p 360x640',
      '480p 480x854',
      '720p 720x1280',
    ]);
  });

  test('keeps odd and unusual aspect ratios with even sizes', () => {
    expect(rungs(video(1000, 750)).slice(-2)).toEqual(['480p 640x480', '720p 960x720']);
    expect(rungs(video(1281, 533))).toEqual(['240p 576x240', '360p 866x360', '480p 1154x480']);
  });

  test('gives a source just under a rung that rung at its own size', () => {
    expect(rungs(video(1276, 718)).slice(-1)).toEqual(['720p 1276x718']);
  });

  test('gives a source smaller than every rung one rendition at its own size', () => {
    expect(rungs(video(176, 144))).toEqual(['144p 176x144']);
    expect(rungs(video(175, 143))).toEqual(['142p 174x142']);
  });

  test('plans one audio rendition, or only audio for audio-only sources', () => {
    const audioOnly = planLadder(
      video(0, 0, { hasVideo: false, videoStreamIndex: null, audioChannels: 6, audioSampleRate: 96000 }),
      DEFAULT_TRANSCODE_PROFILE,
    );
    expect(audioOnly.video).toEqual([]);
    expect(audioOnly.audio).toEqual({ name: 'audio', bitrate: 128_000, channels: 2, sampleRate: 48_000 });
    expect(planLadder(video(640, 360, { hasAudio: false }), DEFAULT_TRANSCODE_PROFILE).audio).toBeNull();
  });

  test('picks a constant frame rate: standard rates snap, variable ones use their base rate, high ones halve', () => {
    const rate = (extra: Partial<MediaProbe>) =>
      planLadder(video(640, 360, extra), DEFAULT_TRANSCODE_PROFILE).frameRate;
    expect(rate({ fps: 29.97, nominalFps: 29.97 })).toBe('30000/1001');
    expect(rate({ fps: 30, nominalFps: 30 })).toBe('30');
    expect(rate({ fps: 23.7, nominalFps: 30, isVFR: true })).toBe('30');
    expect(rate({ fps: 120, nominalFps: 120 })).toBe('60');
    expect(rate({ fps: 12.5, nominalFps: 12.5 })).toBe('12500/1000');
  });

  test('sets an H.264 level that fits each rung', () => {
    const plan = planLadder(video(1920, 1080, { fps: 60, nominalFps: 60 }), DEFAULT_TRANSCODE_PROFILE);
    expect(plan.video.map((r) => r.level)).toEqual(['3.0', '3.1', '3.1', '3.2', '4.2']);
  });

  test('follows a profile override from config', () => {
    const profile = resolveTranscodeProfile({
      preset: 'faster',
      rungs: [
        { height: 720, videoBitrate: 2_000_000, maxrate: 2_500_000, bufsize: 5_000_000, preset: 'superfast' },
        { height: 360, videoBitrate: 600_000, maxrate: 800_000, bufsize: 1_600_000 },
      ],
    });
    const plan = planLadder(video(1920, 1080), profile);
    expect(plan.video.map((r) => [r.name, r.preset, r.videoBitrate])).toEqual([
      ['360p', 'faster', 600_000],
      ['720p', 'superfast', 2_000_000],
    ]);
  });
});

describe('resolveTranscodeProfile', () => {
  test('rejects a bad config with the field name', () => {
    expect(() => resolveTranscodeProfile({ preset: 'warp' })).toThrow(/preset/);
    expect(() => resolveTranscodeProfile({ segmentSeconds: 0 })).toThrow(/segmentSeconds/);
    expect(() => resolveTranscodeProfile({ rungs: [] })).toThrow(/rungs/);
    expect(() =>
      resolveTranscodeProfile({ rungs: [{ height: 241, videoBitrate: 1e5, maxrate: 1e5, bufsize: 1e5 }] }),
    ).toThrow(/even/);
    expect(() =>
      resolveTranscodeProfile({ rungs: [{ height: 240, videoBitrate: 1e6, maxrate: 1e5, bufsize: 1e5 }] }),
    ).toThrow(/maxrate/);
  });
});
