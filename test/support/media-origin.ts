import { execFile } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';

/**
 * A local HTTP origin standing in for a video site in tests and benches: files with byte ranges, HLS, DASH, an HTML
 * page with a <video> for yt-dlp's generic extractor, redirects, an optional throttle, and a count of the
 * body bytes it sent per path (the figure the "fetch only the segment" targets are checked against).
 */
export interface MediaOrigin {
  /** `http://127.0.0.1:{port}` */
  readonly url: string;
  readonly port: number;
  /** Body bytes sent for one path (`/source.mp4`), or for every path with no argument. */
  bytesSent(path?: string): number;
  /** Body bytes per path. */
  bytesByPath(): Record<string, number>;
  /** Every request since the last reset: path and Range header, in order. */
  requests(): ReadonlyArray<{ path: string; range: string | null }>;
  resetCounts(): void;
  close(): Promise<void>;
}

export interface MediaOriginOptions {
  /** Folder whose files are served at `/{relative path}`. */
  root: string;
  /** Bytes per second per response; unlimited when absent. */
  throttleBytesPerSecond?: number;
  /** 127.0.0.1 unless told otherwise. */
  host?: string;
  /** false: ignore Range headers and always send whole files, like a server that cannot seek. */
  ranges?: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4a': 'audio/mp4',
  '.mp3': 'audio/mpeg',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.mpd': 'application/dash+xml',
  '.m4s': 'video/iso.segment',
  '.jpg': 'image/jpeg',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Routes: `/{file}` (Range supported), `/page/{file}` (an HTML page playing it), `/redirect?to={url}` (302),
 * `/status/{code}` (an empty response with that status).
 */
export async function startMediaOrigin(options: MediaOriginOptions): Promise<MediaOrigin> {
  const counts = new Map<string, number>();
  const count = (path: string, bytes: number) => counts.set(path, (counts.get(path) ?? 0) + bytes);
  const requests: Array<{ path: string; range: string | null }> = [];

  const server = createServer((request, response) => {
    requests.push({ path: (request.url ?? '/').split('?')[0], range: request.headers.range ?? null });
    handle(request, response, options, count).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500).end(error.message);
      else response.destroy(error);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    bytesSent: (path) =>
      path === undefined
        ? [...counts.values()].reduce((sum, bytes) => sum + bytes, 0)
        : (counts.get(path) ?? 0),
    bytesByPath: () => Object.fromEntries(counts),
    requests: () => [...requests],
    resetCounts: () => {
      counts.clear();
      requests.length = 0;
    },
    close: () => closeServer(server),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: MediaOriginOptions,
  count: (path: string, bytes: number) => void,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://origin');
  const path = decodeURIComponent(url.pathname);

  if (path === '/redirect') {
    response.writeHead(302, { Location: url.searchParams.get('to') ?? '/' }).end();
    return;
  }
  const status = /^\/status\/(\d{3})$/.exec(path);
  if (status) {
    response.writeHead(Number(status[1]), { 'Content-Type': 'text/plain' }).end(`status ${status[1]}`);
    return;
  }
  if (path.startsWith('/page/')) {
    const file = path.slice('/page'.length);
    const html = `<!doctype html><html><head><title>Test video ${escapeHtml(file)}</title></head>
<body><h1>Test video</h1><video controls src="${escapeHtml(file)}"></video></body></html>`;
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'] }).end(html);
    return;
  }

  const file = normalize(join(options.root, path));
  if (relative(options.root, file).startsWith('..') || !existsSync(file) || !(await stat(file)).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const size = (await stat(file)).size;
  const range = options.ranges === false ? null : parseRange(request.headers.range, size);
  if (range === 'unsatisfiable') {
    response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const headers = {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(end - start + 1),
    'Accept-Ranges': options.ranges === false ? 'none' : 'bytes',
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  };
  response.writeHead(range ? 206 : 200, headers);
  if (request.method === 'HEAD' || size === 0) {
    response.end();
    return;
  }
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      count(path, chunk.length);
      done(null, chunk);
    },
  });
  const stages = [createReadStream(file, { start, end }), counter] as NodeJS.ReadableStream[];
  if (options.throttleBytesPerSecond) stages.splice(1, 0, throttle(options.throttleBytesPerSecond));
  // A client that stops reading (ffmpeg seeking away) closes the socket: the pipeline ends, nothing to report.
  await pipeline([...stages, response] as never).catch(() => undefined);
}

function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return null;
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

/** Lets through at most `bytesPerSecond`, in small slices so the pace is even. */
function throttle(bytesPerSecond: number): Transform {
  const started = Date.now();
  const slice = Math.max(1024, Math.floor(bytesPerSecond / 20));
  let sent = 0;
  let timer: NodeJS.Timeout | undefined;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const pushSlices = (offset: number): void => {
        if (offset >= chunk.length) return done();
        const part = chunk.subarray(offset, offset + slice);
        sent += part.length;
        this.push(part);
        const due = started + (sent / bytesPerSecond) * 1000;
        timer = setTimeout(() => pushSlices(offset + part.length), Math.max(0, due - Date.now()));
      };
      pushSlices(0);
    },
    // A client that hangs up must not leave a timer chain running for minutes.
    destroy(error, callback) {
      clearTimeout(timer);
      callback(error);
    },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

export interface SourceVideoOptions {
  seconds: number;
  height: number;
  fps?: number;
}

export interface SourceVideo {
  /** Absolute path of the MP4 (H.264 + AAC, keyframe every 2 s, moov at the front). */
  mp4Path: string;
  /** File name of the MP4 inside `dir`: serve `dir` and fetch `/{mp4Name}`. */
  mp4Name: string;
  /** Path of the HLS media playlist inside `dir`, relative: `/{hlsName}`. */
  hlsName: string;
  /** Path of the DASH manifest inside `dir` (picture and sound in separate adaptation sets): `/{dashName}`. */
  dashName: string;
  seconds: number;
  width: number;
  height: number;
  fps: number;
  keyframeInterval: number;
}

export const MEDIA_CACHE_DIR = join(tmpdir(), 'clipstream-media-cache');
const KEYFRAME_INTERVAL = 2;
const run = promisify(execFile);

/**
 * A test source: `testsrc2` (moving pattern plus its own running time, so frames differ) with a sine tone,
 * as MP4 and as HLS, placed in `dir`. Generated once per parameter set under MEDIA_CACHE_DIR and linked in,
 * so repeated runs cost nothing; low fps, ultrafast and a capped bitrate keep a 10-minute 720p source quick
 * and its bytes spread evenly over time.
 */
export async function generateSourceVideo(dir: string, options: SourceVideoOptions): Promise<SourceVideo> {
  const fps = options.fps ?? 10;
  const width = Math.round((options.height * 16) / 9 / 2) * 2;
  const key = `source-${options.seconds}s-${options.height}p-${fps}fps-v1`;
  const cached = join(MEDIA_CACHE_DIR, key);
  if (!existsSync(join(cached, 'done'))) await generateInto(cached, { ...options, fps, width });
  if (!existsSync(join(cached, 'dash', 'done'))) await generateDash(cached);

  const target = join(dir, key);
  await mkdir(join(target, 'hls'), { recursive: true });
  await mkdir(join(target, 'dash'), { recursive: true });
  for (const name of [
    'source.mp4',
    ...(await readdir(join(cached, 'hls'))).map((file) => join('hls', file)),
    ...(await readdir(join(cached, 'dash'))).map((file) => join('dash', file)),
  ]) {
    const [from, to] = [join(cached, name), join(target, name)];
    if (!existsSync(to)) await link(from, to).catch(() => copyFile(from, to));
  }
  return {
    mp4Path: join(target, 'source.mp4'),
    mp4Name: `${key}/source.mp4`,
    hlsName: `${key}/hls/index.m3u8`,
    dashName: `${key}/dash/manifest.mpd`,
    seconds: options.seconds,
    width,
    height: options.height,
    fps,
    keyframeInterval: KEYFRAME_INTERVAL,
  };
}

async function generateInto(
  cached: string,
  { seconds, height, fps, width }: Required<SourceVideoOptions> & { width: number },
): Promise<void> {
  // Built in a private folder and renamed into place, so parallel test files never see half a source.
  const work = `${cached}.${process.pid}.${Date.now()}`;
  await mkdir(join(work, 'hls'), { recursive: true });
  const gop = fps * KEYFRAME_INTERVAL;
  const kbps = Math.max(200, Math.round((height * height) / 700));
  await run('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y'],
    ...['-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=${fps}:duration=${seconds}`],
    ...['-f', 'lavfi', '-i', `sine=frequency=440:beep_factor=4:sample_rate=44100:duration=${seconds}`],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', String(gop)],
    ...['-keyint_min', String(gop), '-sc_threshold', '0'],
    ...['-b:v', `${kbps}k`, '-maxrate', `${kbps}k`, '-bufsize', `${kbps * 2}k`],
    ...['-c:a', 'aac', '-b:a', '64k', '-movflags', '+faststart', join(work, 'source.mp4')],
  ]);
  await run('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-i', join(work, 'source.mp4'), '-c', 'copy'],
    ...['-f', 'hls', '-hls_time', String(KEYFRAME_INTERVAL), '-hls_playlist_type', 'vod'],
    ...['-hls_segment_filename', join(work, 'hls', 'segment%04d.ts'), join(work, 'hls', 'index.m3u8')],
  ]);
  await generateDash(work);
  await writeFile(join(work, 'done'), '');
  await mkdir(MEDIA_CACHE_DIR, { recursive: true });
  await renameOnce(work, cached);
}

/**
 * The DASH version of a cached source (4 s fragments, picture and sound apart, as sites serve it). Added
 * next to the others, so sources cached before DASH existed get it too.
 */
async function generateDash(cached: string): Promise<void> {
  const work = join(cached, `dash.${process.pid}.${Date.now()}`);
  await mkdir(work, { recursive: true });
  await run('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-i', join(cached, 'source.mp4')],
    ...['-map', '0:v', '-map', '0:a', '-c', 'copy', '-f', 'dash', '-seg_duration', '4'],
    ...['-use_template', '1', '-use_timeline', '0', '-adaptation_sets', 'id=0,streams=v id=1,streams=a'],
    join(work, 'manifest.mpd'),
  ]);
  await writeFile(join(work, 'done'), '');
  await renameOnce(work, join(cached, 'dash'));
}

/** Moves a finished folder into place; when another process finished first, its copy is as good as ours. */
async function renameOnce(work: string, target: string): Promise<void> {
  await rename(work, target).catch(async (error: NodeJS.ErrnoException) => {
    await rm(work, { recursive: true, force: true });
    if (!existsSync(join(target, 'done'))) throw error;
  });
}
