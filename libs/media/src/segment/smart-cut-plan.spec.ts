import { matchingH264Args, planSmartCut, type VideoPacket } from './smart-cut-plan';

/** 10 fps, a keyframe every 2 s, no reordering: decode order is display order. */
const plain: VideoPacket[] = Array.from({ length: 100 }, (_, i) => ({
  pts: i / 10,
  dts: i / 10,
  key: i % 20 === 0,
}));

describe('planSmartCut', () => {
  it('re-encodes up to the first keyframe and from the last one, copies between', () => {
    expect(planSmartCut(plain, 1.25, 7.5)).toEqual({
      firstFrame: 1.3,
      copyFrom: 2,
      copyUntil: 6,
      copyStartAt: 2 - 0.0005,
      copyUntilDts: 6,
      copiedPackets: 40,
    });
  });

  it('copies up to `end` when it is a keyframe, and from `start` when it is one', () => {
    expect(planSmartCut(plain, 2, 8)).toMatchObject({ firstFrame: 2, copyFrom: 2, copyUntil: 8 });
  });

  it('declines when too little would be copied', () => {
    expect(planSmartCut(plain, 0.1, 4.5)).toBeNull(); // only 2–4 of 4.4 s
    expect(planSmartCut(plain, 2.1, 3.9)).toBeNull(); // no keyframe inside
  });

  it('skips a keyframe that frames decoded after it are shown before (open GOP)', () => {
    // the keyframe at 2 s is followed in decode order by a frame shown at 1.9 s
    const open = plain.map((packet) => (packet.pts === 1.9 ? { ...packet, dts: 2.05 } : packet));
    open.sort((a, b) => a.dts - b.dts);
    expect(planSmartCut(open, 1.5, 9)).toMatchObject({ copyFrom: 4, copyUntil: 8 });
  });
});

describe('matchingH264Args', () => {
  it('matches profile, level, pixel format and B-frame depth', () => {
    const args = matchingH264Args({
      codec_name: 'h264',
      profile: 'High',
      level: 31,
      pix_fmt: 'yuv420p',
      has_b_frames: 2,
    });
    expect(args).toEqual(expect.arrayContaining(['-profile:v', 'high', '-level:v', '3.1', '-bf', '3']));
  });

  it('declines what libx264 cannot continue', () => {
    expect(matchingH264Args({ codec_name: 'hevc', profile: 'Main', pix_fmt: 'yuv420p' })).toBeNull();
    expect(
      matchingH264Args({ codec_name: 'h264', profile: 'High', pix_fmt: 'yuv420p', field_order: 'tt' }),
    ).toBeNull();
    expect(
      matchingH264Args({ codec_name: 'h264', profile: 'High', pix_fmt: 'yuv420p', has_b_frames: 4 }),
    ).toBeNull();
  });
});
