import { open, stat } from 'node:fs/promises';
import { ffprobePath } from '../process/ffmpeg-binaries';
import { localInputArgs } from '../process/ffmpeg-input';
import { ProcessFailedError, runProcess } from '../process/run-process';
import { UPLOAD_FORMAT_WHITELIST } from './accepted-containers';
import { MediaRejectedError } from './media-rejected-error';
import { RejectionReasons, rejectionForUnreadable } from './rejection-reasons';

export interface MediaProbe {
  /** ffprobe's format_name, e.g. `mov,mp4,m4a,3gp,3g2,mj2`. */
  container: string;
  /** How sure ffprobe is about the container (0–100); low scores are guesses. */
  probeScore: number;
  /** Seconds. */
  duration: number;
  /** Bytes on disk. */
  size: number;
  /** Bits per second of the whole file, when known. */
  bitRate: number | null;
  hasVideo: boolean;
  hasAudio: boolean;
  /** Stream indexes to map (`-map 0:N`): cover art is never taken for the video. */
  videoStreamIndex: number | null;
  audioStreamIndex: number | null;
  /** Display size: square pixels, after rotation. 0 without video. */
  width: number;
  height: number;
  /** Clockwise degrees the player must turn the picture: 0, 90, 180 or 270. */
  rotation: number;
  /** Average frames per second (0 without video). */
  fps: number;
  /** The rate the timestamps are built on (ffprobe's r_frame_rate); above `fps` in variable-rate files. */
  nominalFps: number;
  /** A guess: average and nominal rates disagree, as in phone recordings. */
  isVFR: boolean;
  interlaced: boolean;
  videoCodec: string | null;
  audioCodec: string | null;
  audioChannels: number;
  audioSampleRate: number;
}

export interface ProbeOptions {
  /**
   * Demuxers ffprobe may use. Defaults to the containers accepted for uploads, so a playlist or concat
   * list is refused before any entry in it is opened; pass null only for our own outputs.
   */
  formatWhitelist?: readonly string[] | null;
  /** Read the file with this demuxer (as a transcode will). */
  forceFormat?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Reads what a file is with ffprobe. Throws MediaRejectedError when it is not readable media. */
export async function probeMedia(path: string, options: ProbeOptions = {}): Promise<MediaProbe> {
  const { size } = await stat(path);
  if (size === 0) throw new MediaRejectedError(RejectionReasons.empty, 'zero bytes');
  const whitelist = options.formatWhitelist === undefined ? UPLOAD_FORMAT_WHITELIST : options.formatWhitelist;
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    ...(whitelist ? ['-format_whitelist', whitelist.join(',')] : []),
    '-show_format',
    '-show_streams',
    '-of',
    'json',
    ...localInputArgs(path, options.forceFormat),
  ];
  let stdout: Buffer;
  try {
    ({ stdout } = await runProcess(ffprobePath(), args, {
      captureStdout: true,
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? 60_000,
    }));
  } catch (error) {
    if (error instanceof ProcessFailedError) throw rejectionForUnreadable(error.stderr, await readHead(path));
    throw error;
  }
  return toMediaProbe(JSON.parse(stdout.toString('utf8')) as FfprobeOutput, size);
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(1024), 0, 1024, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

interface FfprobeStream {
  index: number;
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  sample_aspect_ratio?: string;
  r_frame_rate?: string;
  avg_frame_rate?: string;
  field_order?: string;
  duration?: string;
  channels?: number;
  sample_rate?: string;
  disposition?: { attached_pic?: number };
  tags?: { rotate?: string };
  side_data_list?: { rotation?: number }[];
}

interface FfprobeOutput {
  streams?: FfprobeStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string; probe_score?: number };
}

function toMediaProbe(output: FfprobeOutput, size: number): MediaProbe {
  const streams = output.streams ?? [];
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.find((s) => s.codec_type === 'audio');
  const rotation = video ? rotationOf(video) : 0;
  const [width, height] = video ? displaySize(video, rotation) : [0, 0];
  const fps = parseRate(video?.avg_frame_rate) || parseRate(video?.r_frame_rate);
  const nominalFps = parseRate(video?.r_frame_rate) || fps;
  const streamDurations = streams.map((s) => Number(s.duration)).filter((d) => Number.isFinite(d));
  const duration = positive(Number(output.format?.duration)) || Math.max(0, ...streamDurations);
  return {
    container: output.format?.format_name ?? '',
    probeScore: output.format?.probe_score ?? 0,
    duration,
    size,
    bitRate: positive(Number(output.format?.bit_rate)) || null,
    hasVideo: !!video,
    hasAudio: !!audio,
    videoStreamIndex: video?.index ?? null,
    audioStreamIndex: audio?.index ?? null,
    width,
    height,
    rotation,
    fps,
    nominalFps,
    isVFR: fps > 0 && Math.abs(nominalFps - fps) / fps > 0.02,
    interlaced: ['tt', 'bb', 'tb', 'bt'].includes(video?.field_order ?? ''),
    videoCodec: video?.codec_name ?? null,
    audioCodec: audio?.codec_name ?? null,
    audioChannels: audio?.channels ?? 0,
    audioSampleRate: Number(audio?.sample_rate) || 0,
  };
}

/** ffprobe reports the display matrix angle counter-clockwise; older files carry a `rotate` tag instead. */
function rotationOf(stream: FfprobeStream): number {
  const matrix = stream.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation;
  const degrees = matrix !== undefined ? -matrix : Number(stream.tags?.rotate ?? 0);
  const normalized = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return Number.isFinite(normalized) ? normalized : 0;
}

function displaySize(stream: FfprobeStream, rotation: number): [number, number] {
  const sar = parseRate(stream.sample_aspect_ratio?.replace(':', '/')) || 1;
  const width = Math.round((stream.width ?? 0) * sar);
  const height = stream.height ?? 0;
  return rotation % 180 === 0 ? [width, height] : [height, width];
}

/** "30000/1001" → 29.97; "0/0" and garbage → 0. */
export function parseRate(value: string | undefined): number {
  if (!value) return 0;
  const [num, den = '1'] = value.split('/');
  const rate = Number(num) / Number(den);
  return positive(rate);
}

function positive(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}
