/** One rung of the ladder as configured: named by its short side (720 = "720p", landscape or vertical). */
export interface ProfileRung {
  height: number;
  /** Target bits per second. */
  videoBitrate: number;
  /** VBV peak bits per second and buffer size, which cap the segment sizes. */
  maxrate: number;
  bufsize: number;
  /** x264 preset for this rung only, e.g. a faster one for the big rungs. */
  preset?: string;
}

/** Transcoding as data: the app reads an override from its config and passes it here. */
export interface TranscodeProfile {
  /** x264 preset for every rung without its own. */
  preset: string;
  /** HLS segment length in seconds; keyframes are forced on this grid in every rendition. */
  segmentSeconds: number;
  /** The one AAC rendition shared by every video rung (bits per second). */
  audioBitrate: number;
  /** Frame rates above this are halved until they fit. */
  maxFps: number;
  /** Encode the lowest rung in a quick pass of its own so the video is watchable early. */
  earlyFirstRendition: boolean;
  rungs: ProfileRung[];
}

export type TranscodeProfileOverride = Partial<Omit<TranscodeProfile, 'rungs'>> & { rungs?: ProfileRung[] };

const kbps = (n: number) => n * 1000;

/** Bitrates in the range YouTube and Apple's authoring guide use for 30 fps H.264. */
export const DEFAULT_TRANSCODE_PROFILE: TranscodeProfile = Object.freeze({
  preset: 'veryfast',
  segmentSeconds: 4,
  audioBitrate: kbps(128),
  maxFps: 60,
  earlyFirstRendition: true,
  rungs: [
    { height: 240, videoBitrate: kbps(400), maxrate: kbps(500), bufsize: kbps(1000) },
    { height: 360, videoBitrate: kbps(800), maxrate: kbps(1000), bufsize: kbps(2000) },
    { height: 480, videoBitrate: kbps(1400), maxrate: kbps(1750), bufsize: kbps(3500) },
    { height: 720, videoBitrate: kbps(2800), maxrate: kbps(3500), bufsize: kbps(7000) },
    { height: 1080, videoBitrate: kbps(5000), maxrate: kbps(6250), bufsize: kbps(12500) },
    { height: 1440, videoBitrate: kbps(10000), maxrate: kbps(12500), bufsize: kbps(25000) },
    { height: 2160, videoBitrate: kbps(20000), maxrate: kbps(25000), bufsize: kbps(50000) },
  ],
});

const X264_PRESETS = [
  'ultrafast',
  'superfast',
  'veryfast',
  'faster',
  'fast',
  'medium',
  'slow',
  'slower',
  'veryslow',
  'placebo',
];

/**
 * The default profile with a caller's JSON override on top (rungs replace the whole list).
 * Throws a TypeError naming the first bad field, so a wrong config fails at start-up.
 */
export function resolveTranscodeProfile(override: TranscodeProfileOverride = {}): TranscodeProfile {
  const profile: TranscodeProfile = { ...DEFAULT_TRANSCODE_PROFILE, ...override };
  profile.rungs = [...(override.rungs ?? DEFAULT_TRANSCODE_PROFILE.rungs)].sort(
    (a, b) => a.height - b.height,
  );
  checkPreset('preset', profile.preset);
  checkNumber('segmentSeconds', profile.segmentSeconds, 1, 30);
  checkNumber('audioBitrate', profile.audioBitrate, 16_000, 512_000);
  checkNumber('maxFps', profile.maxFps, 1, 240);
  if (typeof profile.earlyFirstRendition !== 'boolean')
    throw new TypeError('earlyFirstRendition must be a boolean');
  if (profile.rungs.length === 0) throw new TypeError('rungs must not be empty');
  profile.rungs.forEach((rung, i) => {
    checkNumber(`rungs[${i}].height`, rung.height, 32, 4320);
    if (rung.height % 2) throw new TypeError(`rungs[${i}].height must be even`);
    checkNumber(`rungs[${i}].videoBitrate`, rung.videoBitrate, 10_000, 200_000_000);
    checkNumber(`rungs[${i}].maxrate`, rung.maxrate, rung.videoBitrate, 400_000_000);
    checkNumber(`rungs[${i}].bufsize`, rung.bufsize, 10_000, 800_000_000);
    if (rung.preset !== undefined) checkPreset(`rungs[${i}].preset`, rung.preset);
    if (i > 0 && profile.rungs[i - 1].height === rung.height)
      throw new TypeError(`rungs: ${rung.height} is listed twice`);
  });
  return profile;
}

function checkNumber(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new TypeError(`${name} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
}

function checkPreset(name: string, value: unknown): void {
  if (typeof value !== 'string' || !X264_PRESETS.includes(value)) {
    throw new TypeError(`${name} must be one of ${X264_PRESETS.join(', ')}, got ${JSON.stringify(value)}`);
  }
}
