import { FFMPEG_BASE_ARGS } from '../process/ffmpeg-input';
import { PROGRESS_ARGS } from '../process/progress-parser';
import { bestStream, labelOf } from '../ytdlp/map-ytdlp-info';
import { SourceError } from '../ytdlp/source-error';
import type { MediaStream, SourceInspection } from '../ytdlp/source-inspection';

export const SEGMENT_FORMATS = ['mp4', 'mp3', 'm4a'] as const;
export type SegmentFormat = (typeof SEGMENT_FORMATS)[number];
/** `best`, `audio`, or a height such as `1080p`, `720p`, `360p`. */
export type SegmentQuality = 'best' | 'audio' | `${number}p`;

/** Which source streams feed one segment, and how the output is made. */
export interface SegmentPlan {
  format: SegmentFormat;
  /** The stream the picture comes from; absent for audio outputs. */
  video?: MediaStream;
  /** The stream the sound comes from (may be `video` itself); absent when the source has none. */
  audio?: MediaStream;
  /** Height to scale down to when the nearest stream is taller than asked for. */
  scaleTo?: number;
  /** What the output really is: `720p`, `audio`, … (the nearest available to what was asked). */
  quality: string;
}

export function isAudioFormat(format: SegmentFormat): boolean {
  return format !== 'mp4';
}

/** Picks the streams for a quality, falling back to the nearest height that exists. */
export function planSegment(
  inspection: SourceInspection,
  quality: SegmentQuality,
  format: SegmentFormat,
): SegmentPlan {
  const { streams } = inspection;
  if (quality === 'audio' || isAudioFormat(format)) {
    const audio = bestStream(streams, 'audio');
    if (!audio) throw new SourceError('unsupported', 'This video has no sound to extract');
    return { format: isAudioFormat(format) ? format : 'm4a', audio, quality: 'audio' };
  }
  const video = bestStream(streams, quality);
  if (!video)
    throw new SourceError('unsupported', 'This source has no picture: choose an audio format (mp3 or m4a)');
  const audio = video.hasAudio
    ? video
    : bestStream(
        streams.filter((stream) => !stream.hasVideo),
        'audio',
      );
  const wanted = quality === 'best' ? undefined : Number.parseInt(quality, 10);
  const scaleTo = wanted && video.height && video.height > wanted ? wanted : undefined;
  return { format, video, audio, scaleTo, quality: scaleTo ? `${scaleTo}p` : labelOf(video) };
}

/** The encoders per output: the cut is re-encoded so it starts exactly at `start`, not at a keyframe. */
export const CODEC_ARGS: Record<SegmentFormat, { video: string[]; audio: string[]; muxer: string[] }> = {
  mp4: {
    video: ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '21', '-pix_fmt', 'yuv420p'],
    audio: ['-c:a', 'aac', '-b:a', '160k'],
    muxer: ['-movflags', '+faststart', '-f', 'mp4'],
  },
  m4a: {
    video: [],
    audio: ['-c:a', 'aac', '-b:a', '192k'],
    muxer: ['-movflags', '+faststart', '-f', 'ipod'],
  },
  mp3: { video: [], audio: ['-c:a', 'libmp3lame', '-q:a', '2'], muxer: ['-f', 'mp3'] },
};

/**
 * ffmpeg reads each source with `-ss` BEFORE `-i` (and `-t` there too): it asks only for the data from the
 * keyframe before `start` (byte ranges, or the HLS segments) up to `start + length`, decodes from there and
 * drops the frames before `start`, so the output begins on the source's frame at `start` and lasts exactly
 * `length`. `inputArgs` says how each stream is reached.
 */
export type InputArgs = (stream: MediaStream, window: { seekTo: number; duration: number }) => string[];

export function segmentArgs(
  plan: SegmentPlan,
  inputArgs: InputArgs,
  start: number,
  length: number,
  output: string,
): string[] {
  const { inputs, inputOf } = planInputs(plan);
  const codecs = CODEC_ARGS[plan.format];
  return [
    ...FFMPEG_BASE_ARGS,
    ...inputs.flatMap((stream) => inputArgs(stream, { seekTo: start, duration: length })),
    '-t',
    length.toFixed(3),
    ...(plan.video ? ['-map', `${inputOf(plan.video)}:V:0`, ...codecs.video] : ['-vn']),
    ...(plan.scaleTo ? ['-vf', `scale=-2:${plan.scaleTo}`] : []),
    // `?`: a stream the generic extractor could not describe may turn out to have no sound.
    ...(plan.audio
      ? ['-map', `${inputOf(plan.audio)}:a:0${plan.video ? '?' : ''}`, ...codecs.audio]
      : ['-an']),
    ...['-sn', '-dn', '-map_metadata', '-1', '-map_chapters', '-1'],
    ...codecs.muxer,
    ...PROGRESS_ARGS,
    output,
  ];
}

/** Where the local copy puts the segment's `start`: far enough in that the keyframe before it is never negative. */
export const LOCAL_COPY_ORIGIN = 1000;

/**
 * The first step of a cut that is finished locally (a smart cut): the packets from the keyframe before
 * `start` up to `start + length`, copied as they are into a NUT file (any codec, the source's timestamps
 * kept exactly), the picture first and then the sound. Its timestamps are the source's moved so that
 * `start` lies at LOCAL_COPY_ORIGIN. Reads exactly the bytes the one-step cut reads.
 */
export function fetchRangeArgs(
  plan: SegmentPlan,
  inputArgs: InputArgs,
  start: number,
  length: number,
  output: string,
): string[] {
  const { inputs, inputOf } = planInputs(plan);
  return [
    ...FFMPEG_BASE_ARGS,
    ...inputs.flatMap((stream) => inputArgs(stream, { seekTo: start, duration: length })),
    ...(plan.video ? ['-map', `${inputOf(plan.video)}:V:0`] : []),
    ...(plan.audio ? ['-map', `${inputOf(plan.audio)}:a:0?`] : []),
    ...['-c', 'copy', '-map_metadata', '-1', '-map_chapters', '-1'],
    ...['-output_ts_offset', String(LOCAL_COPY_ORIGIN), '-f', 'nut'],
    ...PROGRESS_ARGS,
    output,
  ];
}

/** The distinct source streams of a plan (the picture and sound are often the same one). */
export function planStreams(plan: SegmentPlan): MediaStream[] {
  return [plan.video, plan.audio].filter(
    (stream, index, all): stream is MediaStream => stream !== undefined && all.indexOf(stream) === index,
  );
}

/** Each distinct source stream is one ffmpeg input. */
function planInputs(plan: SegmentPlan): { inputs: MediaStream[]; inputOf: (stream: MediaStream) => number } {
  const inputs = planStreams(plan);
  return { inputs, inputOf: (stream) => inputs.indexOf(stream) };
}
