import { join } from 'node:path';
import { FFMPEG_BASE_ARGS, localInputArgs } from '../process/ffmpeg-input';
import { PROGRESS_ARGS } from '../process/progress-parser';
import type { AudioRendition, LadderPlan, VideoRung } from './plan-ladder';

export interface HlsPassOptions {
  input: string;
  forceFormat?: string;
  outputDir: string;
  plan: LadderPlan;
  /** The video rungs this ffmpeg run encodes (any subset of the plan). */
  rungs: readonly VideoRung[];
  /** Also encode the plan's audio rendition. */
  withAudio: boolean;
}

/** The folder of a rendition inside the HLS output, and its playlist relative to the master. */
export const renditionPlaylist = (name: string) => `${name}/index.m3u8`;

/**
 * The arguments of ONE ffmpeg run that decodes the source once and writes every given rendition as HLS.
 * Exported so a benchmark can run the same encode one rendition per process.
 */
export function hlsPassArgs(options: HlsPassOptions): string[] {
  const { plan, rungs, outputDir } = options;
  if (outputDir.includes('%')) throw new Error(`HLS output folder must not contain "%": ${outputDir}`);
  const audio = options.withAudio ? plan.audio : null;
  if (rungs.length === 0 && !audio) throw new Error('an HLS pass needs at least one rendition');
  const variantMap = [
    ...rungs.map((rung, i) => `v:${i},name:${rung.name}`),
    ...(audio ? [`a:0,name:${audio.name}`] : []),
  ];
  return [
    ...FFMPEG_BASE_ARGS,
    ...localInputArgs(options.input, options.forceFormat),
    ...(rungs.length ? videoArgs(plan, rungs) : []),
    ...(audio ? audioArgs(plan, audio) : []),
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    '-max_muxing_queue_size',
    '4096',
    '-f',
    'hls',
    '-hls_time',
    `${plan.segmentSeconds}`,
    '-hls_playlist_type',
    'vod',
    '-hls_segment_type',
    'mpegts',
    '-hls_flags',
    'independent_segments+temp_file',
    '-var_stream_map',
    variantMap.join(' '),
    '-hls_segment_filename',
    join(outputDir, '%v', 'seg-%05d.ts'),
    ...PROGRESS_ARGS,
    join(outputDir, renditionPlaylist('%v')),
  ];
}

/**
 * Scales in a cascade (each rung from the next bigger one, not from the source) after one frame-rate and
 * pixel-format conversion, then encodes each rung with keyframes forced on the segment grid so every
 * rendition switches cleanly at every segment boundary.
 */
function videoArgs(plan: LadderPlan, rungs: readonly VideoRung[]): string[] {
  if (plan.videoStreamIndex === null) throw new Error('the plan has video rungs but no video stream');
  const largestFirst = [...rungs].sort((a, b) => b.width * b.height - a.width * a.height);
  const prepare = [...(plan.deinterlace ? ['bwdif=deint=interlaced'] : []), `fps=${plan.frameRate}`];
  const chains = largestFirst.map((rung, i) => {
    const from = i === 0 ? `[0:${plan.videoStreamIndex}]${prepare.join(',')},` : `[c${i}]`;
    // setsar=1 on every rung: 854×480 from 1280×720 is not exactly 16:9, and scale would fix that in the SAR.
    const scale = `scale=${rung.width}:${rung.height},setsar=1${i === 0 ? ',format=yuv420p' : ''}`;
    const isLast = i === largestFirst.length - 1;
    return `${from}${scale}${isLast ? `[v${rung.name}]` : `,split=2[v${rung.name}][c${i + 1}]`}`;
  });
  const gop = Math.ceil(plan.fps * plan.segmentSeconds) + 1;
  return [
    '-filter_complex',
    chains.join(';'),
    ...rungs.flatMap((rung, i) => [
      '-map',
      `[v${rung.name}]`,
      `-c:v:${i}`,
      'libx264',
      `-preset:v:${i}`,
      rung.preset,
      `-profile:v:${i}`,
      'high',
      `-level:v:${i}`,
      rung.level,
      `-b:v:${i}`,
      `${rung.videoBitrate}`,
      `-maxrate:v:${i}`,
      `${rung.maxrate}`,
      `-bufsize:v:${i}`,
      `${rung.bufsize}`,
    ]),
    // A GOP just longer than a segment, so only the forced keyframes start GOPs.
    '-g:v',
    `${gop}`,
    '-sc_threshold:v',
    '0',
    '-force_key_frames:v',
    `expr:gte(t,n_forced*${plan.segmentSeconds})`,
  ];
}

function audioArgs(plan: LadderPlan, audio: AudioRendition): string[] {
  if (plan.audioStreamIndex === null) throw new Error('the plan has an audio rendition but no audio stream');
  return [
    '-map',
    `0:${plan.audioStreamIndex}`,
    '-c:a',
    'aac',
    '-b:a',
    `${audio.bitrate}`,
    '-ac',
    `${audio.channels}`,
    '-ar',
    `${audio.sampleRate}`,
  ];
}
