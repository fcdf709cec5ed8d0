import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ffmpegPath, ffprobePath } from '../process/ffmpeg-binaries';
import { FFMPEG_BASE_ARGS, localInputArgs } from '../process/ffmpeg-input';
import { runProcess } from '../process/run-process';
import { CODEC_ARGS } from './plan-segment';
import {
  matchingH264Args,
  planSmartCut,
  SAME_INSTANT,
  type SmartCutPoints,
  type VideoPacket,
  type VideoStreamFacts,
} from './smart-cut-plan';

export interface SmartCutOptions {
  /** The local NUT copy of the range (see `fetchRangeArgs`). */
  copy: string;
  /** The segment in the copy's timestamps. */
  start: number;
  end: number;
  /** An empty folder for the parts. */
  workDir: string;
  output: string;
  signal?: AbortSignal;
}

interface ProbedCopy {
  streams?: Array<VideoStreamFacts & { index?: number; codec_type?: string }>;
  packets?: Array<{ stream_index?: number; pts_time?: string; dts_time?: string; flags?: string }>;
}

const STREAM_FIELDS =
  'codec_name,profile,level,pix_fmt,has_b_frames,field_order,color_range,color_space,color_transfer,color_primaries';

/**
 * An exact cut that re-encodes only the frames from `start` up to the first keyframe (and from the last
 * keyframe before `end` to `end`) and copies the packets in between as they are. The parts are MPEG-TS
 * (parameter sets in-band before every keyframe, so the encoded and the copied parts each decode with
 * their own), joined by the concat demuxer on exact boundaries, with the sound (see `soundPart`), into an MP4 whose first sample is the frame at `start`: no edit list hiding anything.
 * Resolves false, having written nothing, when the source does not allow it (not H.264, no clean
 * keyframe, too little to copy): the caller re-encodes instead.
 */
export async function smartCut(options: SmartCutOptions): Promise<boolean> {
  const { copy, start, end, workDir, signal } = options;
  const probed = await probeCopy(copy, signal);
  const encoder = matchingH264Args(probed.video);
  const points = encoder && planSmartCut(probed.packets, start, end);
  if (!encoder || !points) return false;

  const part = (name: string) => join(workDir, `${name}.ts`);
  const parts: Array<{ name: string; duration?: number; run: () => Promise<unknown> }> = [];
  if (points.copyFrom - points.firstFrame > SAME_INSTANT) {
    parts.push({
      name: 'head',
      duration: points.copyFrom - points.firstFrame,
      run: () => encodePart(copy, start, points.copyFrom - SAME_INSTANT, encoder, part('head'), signal),
    });
  }
  parts.push({
    name: 'copied',
    duration: points.copyUntil - points.copyFrom,
    run: () => copyPart(copy, points, part('copied'), signal),
  });
  if (end - points.copyUntil > SAME_INSTANT) {
    parts.push({
      name: 'tail',
      run: () =>
        encodePart(copy, points.copyUntil - SAME_INSTANT, end - SAME_INSTANT, encoder, part('tail'), signal),
    });
  }
  const results = await Promise.all(parts.map((each) => each.run()));
  // A copy that came out other than planned (timestamps the plan misread) is no exact cut: re-encode.
  if (results.includes(false)) return false;

  const list = join(workDir, 'parts.ffconcat');
  await writeFile(
    list,
    [
      'ffconcat version 1.0',
      ...parts.flatMap(({ name, duration }) => [
        `file ${name}.ts`,
        ...(duration === undefined ? [] : [`duration ${duration.toFixed(6)}`]),
      ]),
    ].join('\n') + '\n',
  );
  const sound =
    probed.audioCodec && (await soundPart(copy, probed.audioCodec, points.firstFrame, end, workDir, signal));
  await runProcess(
    ffmpegPath(),
    [
      ...FFMPEG_BASE_ARGS,
      ...['-protocol_whitelist', 'file', '-f', 'concat', '-i', list],
      ...(sound ? localInputArgs(sound, 'nut') : []),
      ...['-map', '0:v:0', ...(sound ? ['-map', '1:a:0'] : []), '-c', 'copy'],
      // The MPEG-TS parts added an access unit delimiter to every frame: gone again, copied frames are
      // the source's bytes (the copied keyframes keep the parameter sets in front).
      ...['-bsf:v', 'filter_units=remove_types=9'],
      ...['-sn', '-dn', '-map_metadata', '-1', '-map_chapters', '-1'],
      ...CODEC_ARGS.mp4.muxer,
      options.output,
    ],
    { signal },
  );
  return true;
}

/** Sound an MP4 holds as it is; anything else is re-encoded. */
const COPIED_AUDIO_CODECS = new Set(['aac', 'mp3']);

/**
 * The sound of [from, end), shown from `from` on: AAC or MP3 packets copied from the first one that
 * starts at or after `from` (at most one audio frame, ~23 ms, after it, and placed exactly there, so
 * it stays in sync), other codecs re-encoded to AAC from `from` exactly.
 */
async function soundPart(
  copy: string,
  codec: string,
  from: number,
  end: number,
  workDir: string,
  signal?: AbortSignal,
): Promise<string> {
  const output = join(workDir, 'sound.nut');
  const window = ['-t', (end - from).toFixed(6)];
  const args = COPIED_AUDIO_CODECS.has(codec)
    ? [
        '-copyts',
        ...localInputArgs(copy, 'nut'),
        '-map',
        '0:a:0',
        '-c:a',
        'copy',
        '-ss',
        from.toFixed(6),
        ...window,
      ]
    : [...localCopyInput(copy, from), '-map', '0:a:0', ...CODEC_ARGS.mp4.audio, ...window];
  await runProcess(ffmpegPath(), [...FFMPEG_BASE_ARGS, ...args, '-f', 'nut', output], { signal });
  return output;
}

/** The copy as an input from `at` (its own timestamps, not counted from its first packet). */
export function localCopyInput(copy: string, at: number): string[] {
  return ['-seek_timestamp', '1', '-ss', at.toFixed(6), ...localInputArgs(copy, 'nut')];
}

/** Re-encodes the frames shown in [from, until) with the source's codec settings. */
function encodePart(
  copy: string,
  from: number,
  until: number,
  encoder: string[],
  output: string,
  signal?: AbortSignal,
) {
  return runProcess(
    ffmpegPath(),
    [
      ...FFMPEG_BASE_ARGS,
      ...localCopyInput(copy, from),
      ...['-map', '0:v:0', '-t', (until - from).toFixed(6), ...encoder, '-f', 'mpegts', output],
    ],
    { signal },
  );
}

/**
 * Copies the packets from the `copyFrom` keyframe up to the `copyUntil` one. A stream copy starts on the
 * first keyframe at or after `-ss` and stops at the first packet whose DECODE time reaches `-t`: the
 * limit is the `copyUntil` keyframe's decode time, so every frame shown before it, and nothing after, is
 * kept. Resolves whether the part holds exactly those packets.
 */
async function copyPart(copy: string, points: SmartCutPoints, output: string, signal?: AbortSignal) {
  const from = points.copyStartAt;
  await runProcess(
    ffmpegPath(),
    [
      ...FFMPEG_BASE_ARGS,
      '-copyts',
      ...localInputArgs(copy, 'nut'),
      ...['-map', '0:v:0', '-c:v', 'copy', '-ss', from.toFixed(6)],
      ...['-t', (points.copyUntilDts - SAME_INSTANT - from).toFixed(6), '-f', 'mpegts', output],
    ],
    { signal },
  );
  return (await countPackets(output, signal)) === points.copiedPackets;
}

async function countPackets(file: string, signal?: AbortSignal): Promise<number> {
  const { stdout } = await runProcess(
    ffprobePath(),
    [
      ...['-v', 'error', '-select_streams', 'v:0', '-count_packets', '-of', 'csv=p=0'],
      ...['-show_entries', 'stream=nb_read_packets', ...localInputArgs(file, 'mpegts')],
    ],
    { captureStdout: true, signal },
  );
  // MPEG-TS lists the stream again under its program: the first line is enough.
  return Number(stdout.toString().trim().split('\n')[0]);
}

async function probeCopy(
  copy: string,
  signal?: AbortSignal,
): Promise<{ video: VideoStreamFacts; audioCodec: string | null; packets: VideoPacket[] }> {
  const { stdout } = await runProcess(
    ffprobePath(),
    [
      ...['-v', 'error', '-of', 'json', '-show_entries'],
      `stream=index,codec_type,${STREAM_FIELDS}:packet=stream_index,pts_time,dts_time,flags`,
      ...localInputArgs(copy, 'nut'),
    ],
    { captureStdout: true, signal },
  );
  const json = JSON.parse(stdout.toString('utf8')) as ProbedCopy;
  const video = json.streams?.find((stream) => stream.codec_type === 'video');
  const audio = json.streams?.find((stream) => stream.codec_type === 'audio');
  const packets = (json.packets ?? [])
    .filter((packet) => video && packet.stream_index === video.index)
    .map((packet) => ({
      pts: Number(packet.pts_time),
      dts: Number(packet.dts_time ?? Number.NaN),
      key: packet.flags?.startsWith('K') ?? false,
    }))
    .filter((packet) => Number.isFinite(packet.pts));
  return { video: video ?? {}, audioCodec: audio?.codec_name ?? null, packets };
}
