import { MediaProbe, parseRate } from '../probe/probe-media';
import { h264LevelFor } from './h264-level';
import type { ProfileRung, TranscodeProfile } from './transcode-profile';

export interface VideoRung {
  /** Folder and quality name, e.g. `720p`. */
  name: string;
  /** The short side the rung is named by (as YouTube names vertical video): 720 for 1280×720 and 720×1280. */
  quality: number;
  /** Output size in pixels, both even, aspect ratio of the display picture. */
  width: number;
  height: number;
  videoBitrate: number;
  maxrate: number;
  bufsize: number;
  preset: string;
  /** H.264 level for `-level:v`, e.g. `3.1`. */
  level: string;
}

export interface AudioRendition {
  name: 'audio';
  bitrate: number;
  channels: number;
  sampleRate: number;
}

/** Everything a transcode needs to know, computed once from the probe and the profile. */
export interface LadderPlan {
  /** Rungs from the lowest up; empty for audio-only sources. */
  video: VideoRung[];
  /** The one AAC rendition every video rung plays with; null for sources without audio. */
  audio: AudioRendition | null;
  /** Output frame rate as ffmpeg takes it (`30`, `30000/1001`) and as a number. */
  frameRate: string;
  fps: number;
  segmentSeconds: number;
  earlyFirstRendition: boolean;
  /** What to read from the source. */
  videoStreamIndex: number | null;
  audioStreamIndex: number | null;
  deinterlace: boolean;
  sourceWidth: number;
  sourceHeight: number;
  duration: number;
}

/** A source whose short side is this close under a rung still gets that rung, at its own size (718p → "720p"). */
const NEAR_RUNG = 0.9;

const STANDARD_RATES = ['24000/1001', '24', '25', '30000/1001', '30', '48', '50', '60000/1001', '60'];

/** The ladder for one source: every rung up to the source's short side, never upscaled. */
export function planLadder(probe: MediaProbe, profile: TranscodeProfile): LadderPlan {
  const rate = outputFrameRate(probe, profile.maxFps);
  return {
    video: probe.hasVideo ? videoRungs(probe, profile, rate.fps) : [],
    audio: probe.hasAudio
      ? {
          name: 'audio',
          bitrate: profile.audioBitrate,
          channels: Math.min(2, Math.max(1, probe.audioChannels || 2)),
          sampleRate: [44_100, 48_000].includes(probe.audioSampleRate) ? probe.audioSampleRate : 48_000,
        }
      : null,
    frameRate: rate.frameRate,
    fps: rate.fps,
    segmentSeconds: profile.segmentSeconds,
    earlyFirstRendition: profile.earlyFirstRendition,
    videoStreamIndex: probe.videoStreamIndex,
    audioStreamIndex: probe.audioStreamIndex,
    deinterlace: probe.interlaced,
    sourceWidth: probe.width,
    sourceHeight: probe.height,
    duration: probe.duration,
  };
}

function videoRungs(probe: MediaProbe, profile: TranscodeProfile, fps: number): VideoRung[] {
  const short = Math.min(probe.width, probe.height);
  const fitting = profile.rungs.filter((rung) => rung.height <= short);
  const next = profile.rungs.find((rung) => rung.height > short);
  const sized = fitting.map((rung) => ({ rung, ...sizeFor(probe, rung.height) }));
  const sourceSize = { width: evenFloor(probe.width), height: evenFloor(probe.height) };
  if (next && short >= next.height * NEAR_RUNG) sized.push({ rung: next, ...sourceSize });
  // Smaller than every rung: one rendition at the source's own size, with the lowest rung's limits.
  if (sized.length === 0)
    sized.push({ rung: { ...profile.rungs[0], height: evenFloor(short) }, ...sourceSize });
  return sized.map(({ rung, width, height }) => toVideoRung(rung, width, height, fps, profile.preset));
}

function toVideoRung(
  rung: ProfileRung,
  width: number,
  height: number,
  fps: number,
  preset: string,
): VideoRung {
  return {
    name: `${rung.height}p`,
    quality: rung.height,
    width,
    height,
    videoBitrate: rung.videoBitrate,
    maxrate: rung.maxrate,
    bufsize: rung.bufsize,
    preset: rung.preset ?? preset,
    level: h264LevelFor(width, height, fps, rung.maxrate),
  };
}

/** Scales the display picture so its short side is `short`; the long side follows the aspect ratio. */
function sizeFor(probe: MediaProbe, short: number): { width: number; height: number } {
  const aspect = probe.width / probe.height;
  const size =
    probe.width >= probe.height
      ? { width: even(short * aspect), height: short }
      : { width: short, height: even(short / aspect) };
  return {
    width: Math.min(size.width, evenFloor(probe.width)),
    height: Math.min(size.height, evenFloor(probe.height)),
  };
}

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));
const evenFloor = (n: number) => Math.max(2, 2 * Math.floor(n / 2));

/**
 * Constant output rate: variable-rate sources (phones) are encoded at their base rate so fast parts stay
 * smooth; rates over the cap are halved (120 → 60), and near-standard rates snap to the standard one.
 */
function outputFrameRate(probe: MediaProbe, maxFps: number): { frameRate: string; fps: number } {
  let fps = (probe.isVFR && probe.nominalFps <= maxFps ? probe.nominalFps : probe.fps) || 30;
  while (fps > maxFps) fps /= 2;
  const distance = (rate: string) => Math.abs(parseRate(rate) - fps) / fps;
  const nearest = [...STANDARD_RATES].sort((a, b) => distance(a) - distance(b))[0];
  if (distance(nearest) < 0.01) return { frameRate: nearest, fps: parseRate(nearest) };
  const thousandths = Math.max(1000, Math.round(fps * 1000));
  return { frameRate: `${thousandths}/1000`, fps: thousandths / 1000 };
}
