import { proxiedCommand, remoteInputArgs } from '../egress/remote-input';
import { ffprobePath } from '../process/ffmpeg-binaries';
import { runProcess } from '../process/run-process';

/** What ffprobe learns from a media URL's first bytes: what yt-dlp's generic extractor leaves out. */
export interface RemoteMediaFacts {
  duration: number | null;
  height: number | null;
  hasVideo: boolean;
  hasAudio: boolean;
  /** Bytes of the whole file when the server says (Content-Length), else null. */
  size: number | null;
  /** Bits per second over the whole file, when known. */
  bitRate: number | null;
}

export interface RemoteProbeOptions {
  proxyUrl: string;
  headers?: Record<string, string>;
  /**
   * A playlist has no size and its "bit rate" is the playlist's own: measure the first seconds of packets
   * instead (a few hundred kilobytes more to read).
   */
  measureBitRate?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
}

interface FfprobeJson {
  format?: { duration?: string; size?: string; bit_rate?: string };
  streams?: Array<{
    codec_type?: string;
    height?: number;
    bit_rate?: string;
    disposition?: { attached_pic?: number };
  }>;
  packets?: Array<{ size?: string; pts_time?: string }>;
}

const MEASURED_SECONDS = 6;
const DEFAULT_PROBE_TIMEOUT_MS = 30_000;

const ENTRIES =
  'format=duration,size,bit_rate:stream=codec_type,height,bit_rate:stream_disposition=attached_pic';

/** ffprobe over HTTP(S) through the egress guard: network protocols only, a header's worth of bytes. */
export async function probeRemoteMedia(url: string, options: RemoteProbeOptions): Promise<RemoteMediaFacts> {
  const json = await ffprobeJson(url, ['-show_entries', ENTRIES], options);
  const streams = (json.streams ?? []).filter((stream) => !stream.disposition?.attached_pic);
  const video = streams.find((stream) => stream.codec_type === 'video');
  const facts: RemoteMediaFacts = {
    duration: positive(json.format?.duration),
    height: video?.height ?? null,
    hasVideo: Boolean(video),
    hasAudio: streams.some((stream) => stream.codec_type === 'audio'),
    size: positive(json.format?.size),
    bitRate: positive(json.format?.bit_rate) ?? sum(streams.map((stream) => positive(stream.bit_rate))),
  };
  // Only a finished (VOD) playlist is measured: a live one has no duration and would keep ffprobe waiting.
  if (!options.measureBitRate || facts.duration === null) return facts;
  const packets = await ffprobeJson(
    url,
    ['-read_intervals', `%+${MEASURED_SECONDS}`, '-show_entries', 'packet=size,pts_time'],
    options,
  );
  return { ...facts, size: null, bitRate: measuredBitRate(packets.packets ?? []) };
}

async function ffprobeJson(
  url: string,
  entries: string[],
  options: RemoteProbeOptions,
): Promise<FfprobeJson> {
  const args = [
    '-v',
    'error',
    '-print_format',
    'json',
    ...entries,
    ...remoteInputArgs(url, { headers: options.headers }),
  ];
  const [command, commandArgs] = proxiedCommand(options.proxyUrl, ffprobePath(), args);
  const { stdout } = await runProcess(command, commandArgs, {
    captureStdout: true,
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
  });
  return JSON.parse(stdout.toString('utf8')) as FfprobeJson;
}

function measuredBitRate(packets: NonNullable<FfprobeJson['packets']>): number | null {
  const times = packets.map((packet) => Number(packet.pts_time)).filter(Number.isFinite);
  const span = times.length ? Math.max(...times) - Math.min(...times) : 0;
  const bytes = packets.reduce((total, packet) => total + (Number(packet.size) || 0), 0);
  return span > 1 ? Math.round((bytes * 8) / span) : null;
}

function positive(value: string | undefined): number | null {
  const number = Number(value);
  return value !== undefined && Number.isFinite(number) && number > 0 ? number : null;
}

function sum(values: Array<number | null>): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length ? known.reduce((total, value) => total + value, 0) : null;
}
