/** One video packet of the local copy, in decode order; seconds in the copy's own timestamps. */
export interface VideoPacket {
  pts: number;
  /** NaN when the container does not say (NUT gives none for its first packet). */
  dts: number;
  key: boolean;
}

/** Where a smart cut re-encodes and where it copies; all in the local copy's timestamps. */
export interface SmartCutPoints {
  /** The first frame at or after `start`: the output's time 0. */
  firstFrame: number;
  /** Copying starts on this keyframe; frames before it (from `firstFrame`) are re-encoded. */
  copyFrom: number;
  /** Copying stops before this keyframe; frames from it up to `end` are re-encoded (none when it is `end`). */
  copyUntil: number;
  /**
   * A stream copy skips packets DECODED before its `-ss` and starts on the first keyframe shown at or
   * after it, so it starts just under the `copyFrom` keyframe's decode time (with B-frames that is before
   * the time it is shown); where the copy has no packet before that keyframe, anything earlier will do.
   */
  copyStartAt: number;
  /** The decode time of the `copyUntil` keyframe: the stream copy stops reading there. */
  copyUntilDts: number;
  /** Packets from `copyFrom` up to `copyUntil` in decode order: what the copied part must hold. */
  copiedPackets: number;
}

/** Timestamps closer than this are the same instant (they went through rounding to different time bases). */
export const SAME_INSTANT = 0.0005;

/**
 * Picks the keyframes a smart cut copies between, or null when a full re-encode is the better (or only
 * exact) choice: no clean keyframe inside the segment, or the copied part would be under
 * `minCopiedShare` of it. A keyframe is a clean cut point only if every packet before it in decode order
 * is shown before it and none after it is (no open-GOP leading frames that reference the previous group).
 */
export function planSmartCut(
  packets: readonly VideoPacket[],
  start: number,
  end: number,
  minCopiedShare = 0.5,
): SmartCutPoints | null {
  const firstFrame = Math.min(
    ...packets.filter((packet) => packet.pts >= start - SAME_INSTANT).map((packet) => packet.pts),
  );
  if (!Number.isFinite(firstFrame) || firstFrame >= end) return null;
  const clean = cleanKeyframes(packets).filter(
    (packet) => packet.pts >= firstFrame - SAME_INSTANT && packet.pts <= end + SAME_INSTANT,
  );
  if (clean.length === 0) return null;
  const copyFrom = clean[0];
  // The last clean keyframe ends the copy: at `end` itself there is no tail to re-encode.
  const until = clean[clean.length - 1];
  if (until.pts - copyFrom.pts < minCopiedShare * (end - firstFrame) || until === copyFrom) return null;
  return {
    firstFrame,
    copyFrom: copyFrom.pts,
    copyUntil: until.pts,
    copyStartAt: Number.isNaN(copyFrom.dts) ? copyFrom.pts - 1 : copyFrom.dts - SAME_INSTANT,
    copyUntilDts: until.dts,
    copiedPackets: packets.indexOf(until) - packets.indexOf(copyFrom),
  };
}

function cleanKeyframes(packets: readonly VideoPacket[]): VideoPacket[] {
  const laterMinimum: number[] = new Array(packets.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let i = packets.length - 1; i >= 0; i -= 1)
    laterMinimum[i] = Math.min(laterMinimum[i + 1], packets[i].pts);
  const clean: VideoPacket[] = [];
  let earlierMaximum = Number.NEGATIVE_INFINITY;
  packets.forEach((packet, i) => {
    if (packet.key && earlierMaximum < packet.pts && laterMinimum[i + 1] > packet.pts) clean.push(packet);
    earlierMaximum = Math.max(earlierMaximum, packet.pts);
  });
  return clean;
}

/** What ffprobe says about the source's video stream (the fields a matching encoder needs). */
export interface VideoStreamFacts {
  codec_name?: string;
  profile?: string;
  level?: number;
  pix_fmt?: string;
  has_b_frames?: number;
  field_order?: string;
  color_range?: string;
  color_space?: string;
  color_transfer?: string;
  color_primaries?: string;
}

const X264_PROFILES: Record<string, string> = {
  'Constrained Baseline': 'baseline',
  Baseline: 'baseline',
  Main: 'main',
  High: 'high',
  'High 10': 'high10',
  'High 4:2:2': 'high422',
  'High 4:4:4 Predictive': 'high444',
};
/** ffprobe's colour fields and the ffmpeg options that set them. */
const COLOUR_OPTIONS = {
  color_range: '-color_range',
  color_space: '-colorspace',
  color_transfer: '-color_trc',
  color_primaries: '-color_primaries',
} as const;
const X264_PIXEL_FORMATS = new Set(['yuv420p', 'yuvj420p', 'yuv422p', 'yuv444p', 'yuv420p10le']);

/**
 * libx264 settings whose output can sit between the source's own frames: same profile, level, pixel
 * format and colour signalling; the size and aspect ratio come with the decoded frames, the timestamps
 * are kept (`passthrough`, the source's time base). The B-frame depth matches the source's reorder delay
 * so decode times run on without a jump where the copied part begins. Parameter sets go in-band (the
 * MPEG-TS parts carry them before every keyframe), so each part decodes with its own. Null when the
 * source is not something libx264 can match (another codec, interlaced, an exotic profile or format).
 */
export function matchingH264Args(video: VideoStreamFacts): string[] | null {
  const profile = X264_PROFILES[video.profile ?? ''];
  const pixelFormat = video.pix_fmt ?? '';
  if (video.codec_name !== 'h264' || !profile || !X264_PIXEL_FORMATS.has(pixelFormat)) return null;
  if (video.field_order && !['progressive', 'unknown'].includes(video.field_order)) return null;
  const reorder = video.has_b_frames ?? 0;
  if (reorder > 2 || (reorder > 0 && profile === 'baseline')) return null;
  const colour = Object.entries(COLOUR_OPTIONS).flatMap(([field, option]) => {
    const value = video[field as keyof typeof COLOUR_OPTIONS];
    return value && value !== 'unknown' ? [option, value] : [];
  });
  return [
    ...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '18', '-profile:v', profile],
    ...(video.level && video.level > 0 ? ['-level:v', (video.level / 10).toFixed(1)] : []),
    ...['-pix_fmt', pixelFormat],
    // x264's decode delay is 0 without B-frames, 1 with them, 2 with a B-pyramid.
    ...['-bf', reorder === 0 ? '0' : '3'],
    ...(reorder === 1 ? ['-x264-params', 'b-pyramid=none'] : []),
    ...colour,
    ...['-fps_mode', 'passthrough', '-enc_time_base:v', '-1'],
  ];
}
