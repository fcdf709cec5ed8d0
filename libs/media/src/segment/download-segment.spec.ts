import childProcess from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  generateSourceVideo,
  startMediaOrigin,
  type MediaOrigin,
  type SourceVideo,
} from '../../../../test/support/media-origin';
import { EgressGuard, type EgressRefusal } from '../egress/egress-guard';
import { UnsafeUrlError } from '../egress/unsafe-url-error';
import { probeMedia } from '../probe/probe-media';
import { ffmpegPath } from '../process/ffmpeg-binaries';
import { runProcess } from '../process/run-process';
import { generateVideo } from '../process/test-media';
import { TimecodeError } from '../time/timecode-error';
import { SourceError } from '../ytdlp/source-error';
import type { SourceInspection } from '../ytdlp/source-inspection';
import { YtDlp } from '../ytdlp/ytdlp';
import { downloadSegment } from './download-segment';
import type { SegmentProgress } from './segment-progress';

jest.setTimeout(90_000);

/** Real yt-dlp and ffmpeg against a local origin that counts the bytes it sends; all traffic via the guard. */
describe('downloadSegment', () => {
  const allowlist = ['127.0.0.1', 'localhost'];
  const refusals: EgressRefusal[] = [];
  let root: string;
  let out: string;
  let source: SourceVideo;
  let origin: MediaOrigin;
  let guard: EgressGuard;
  let ytdlp: YtDlp;
  let mp4: SourceInspection;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'segment-spec-src-'));
    out = mkdtempSync(join(tmpdir(), 'segment-spec-out-'));
    source = await generateSourceVideo(root, { seconds: 60, height: 360 });
    origin = await startMediaOrigin({ root });
    guard = await EgressGuard.start({ allowlist, onRefused: (refusal) => refusals.push(refusal) });
    ytdlp = new YtDlp({ proxyUrl: guard.url, allowlist });
    mp4 = await ytdlp.inspect(`${origin.url}/${source.mp4Name}`);
  });
  afterAll(async () => {
    await guard.close();
    await origin.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });
  beforeEach(() => origin.resetCounts());

  it('cuts 10 s from the middle of an MP4: exact length, right first frame, a fraction of the bytes', async () => {
    const reports: SegmentProgress[] = [];
    const output = join(out, 'middle.mp4');
    const result = await downloadSegment({
      inspection: mp4,
      start: 25,
      end: 35,
      output,
      proxyUrl: guard.url,
      onProgress: (progress) => reports.push(progress),
    });

    expect(result).toMatchObject({
      note: null,
      path: output,
      quality: '360p',
      format: 'mp4',
      hasVideo: true,
      hasAudio: true,
      height: 360,
    });
    expect(Math.abs(result.duration - 10)).toBeLessThanOrEqual(0.1);
    const probe = await probeMedia(output, { formatWhitelist: null });
    expect(probe).toMatchObject({ videoCodec: 'h264', audioCodec: 'aac' });
    expect(Math.abs(probe.duration - 10)).toBeLessThanOrEqual(0.1);
    expect(moovBeforeMdat(output)).toBe(true);

    const sourceSize = statSync(source.mp4Path).size;
    const fetched = origin.bytesSent(`/${source.mp4Name}`);
    expect(fetched).toBeLessThanOrEqual(1.3 * sourceSize * (10 / 60) + 2_000_000);
    // Nothing of the first 20 s was read beyond the header: the second request starts near 24 s.
    expect(origin.requests().map((request) => request.range)).toEqual([
      expect.stringMatching(/^bytes=0-\d+$/),
      expect.stringMatching(/^bytes=8\d{5}-\d+$/),
      ...Array(origin.requests().length - 2).fill(expect.any(String)),
    ]);
    expect(fetched).toBeLessThan(sourceSize * 0.6);

    await expectFirstFrameAt(output, source.mp4Path, 25);

    expect(reports.at(-1)).toMatchObject({ percent: 100, etaSeconds: 0 });
    expect(reports.at(-1)!.bytes).toBeGreaterThan(0);
    expect(reports.map((report) => report.percent)).toEqual(
      [...reports.map((report) => report.percent)].sort((a, b) => a - b),
    );
  });

  it('smart-cuts a long segment: re-encodes only the ends, copies the rest, exact and seamless', async () => {
    const output = join(out, 'smart.mp4');
    // 21.3 s and 41.7 s are between keyframes (every 2 s): a head and a tail to re-encode.
    const result = await downloadSegment({
      inspection: mp4,
      start: 21.3,
      end: 41.7,
      output,
      proxyUrl: guard.url,
    });

    expect(result).toMatchObject({ smartCut: true, hasVideo: true, hasAudio: true, height: 360 });
    await expectExactCut(output, source.mp4Path, 21.3, 41.7, source.fps);
    expect(await decodeErrors(output)).toBe('');
    // Most packets are the source's own, bit for bit: only the ends were encoded.
    const sourcePackets = new Set(await packetHashes(source.mp4Path));
    const outputPackets = await packetHashes(output);
    const copied = outputPackets.filter((hash) => sourcePackets.has(hash)).length;
    expect(copied / outputPackets.length).toBeGreaterThan(0.8);
    expect(readdirSync(out).filter((name) => name.startsWith('smart.mp4.'))).toEqual([]);
  });

  it('smart-cuts a source with B-frames (reordered frames) without a seam', async () => {
    const path = join(root, 'bframes.mp4');
    await generateVideo(path, {
      width: 320,
      height: 180,
      seconds: 30,
      fps: 25,
      outputArgs: [
        '-preset',
        'fast',
        '-bf',
        '3',
        '-g',
        '50',
        '-sc_threshold',
        '0',
        '-movflags',
        '+faststart',
      ],
    });
    const inspection = await ytdlp.inspect(`${origin.url}/bframes.mp4`);
    const output = join(out, 'bframes-cut.mp4');
    const result = await downloadSegment({
      inspection,
      start: 5.52,
      end: 23.08,
      output,
      proxyUrl: guard.url,
    });
    expect(result.smartCut).toBe(true);
    await expectExactCut(output, path, 5.52, 23.08, 25);
    expect(await decodeErrors(output)).toBe('');
  });

  it('cuts from an HLS source, fetching only the segments it needs', async () => {
    const hls = await ytdlp.inspect(`${origin.url}/${source.hlsName}`);
    origin.resetCounts();
    const output = join(out, 'hls.mp4');
    const result = await downloadSegment({
      inspection: hls,
      start: 31.3,
      end: 37.8,
      output,
      proxyUrl: guard.url,
    });
    expect(Math.abs(result.duration - 6.5)).toBeLessThanOrEqual(0.1);
    const fetched = Object.keys(origin.bytesByPath())
      .map((path) => /segment(\d+)\.ts$/.exec(path)?.[1])
      .filter((index): index is string => index !== undefined)
      .map(Number);
    // 31.3–37.8 s lies in segments 15–18 (2 s each); ffmpeg also reads the first ones to learn the codecs,
    // and one past the end to know it has passed it. Nothing in between.
    expect(fetched).toEqual(expect.arrayContaining([15, 16, 17, 18]));
    expect(fetched.filter((index) => (index >= 2 && index < 15) || index > 19)).toEqual([]);
    await expectFirstFrameAt(output, source.mp4Path, 31.3);
  });

  it('still cuts exactly from a server that ignores byte ranges, and says it could not seek', async () => {
    const unranged = await startMediaOrigin({ root, ranges: false });
    try {
      const inspection = {
        ...mp4,
        streams: mp4.streams.map((stream) => ({
          ...stream,
          url: stream.url.replace(origin.url, unranged.url),
        })),
      };
      const output = join(out, 'unranged.mp4');
      const result = await downloadSegment({ inspection, start: 5, end: 8, output, proxyUrl: guard.url });
      expect(result.note).toMatch(/does not support byte ranges/);
      expect(Math.abs(result.duration - 3)).toBeLessThanOrEqual(0.1);
      await expectFirstFrameAt(output, source.mp4Path, 5);
    } finally {
      await unranged.close();
    }
  });

  it('extracts the sound as MP3 and as M4A', async () => {
    const mp3 = await downloadSegment({
      inspection: mp4,
      start: '00:10',
      end: '00:20.5',
      format: 'mp3',
      output: join(out, 'a.mp3'),
      proxyUrl: guard.url,
    });
    const probe = await probeMedia(mp3.path, { formatWhitelist: null });
    expect(probe).toMatchObject({ container: 'mp3', hasVideo: false, hasAudio: true, audioCodec: 'mp3' });
    expect(Math.abs(probe.duration - 10.5)).toBeLessThanOrEqual(0.1);
    expect(mp3).toMatchObject({ quality: 'audio', format: 'mp3', height: null });

    const m4a = await downloadSegment({
      inspection: mp4,
      start: 10,
      end: 12,
      format: 'm4a',
      output: join(out, 'a.m4a'),
      proxyUrl: guard.url,
    });
    expect(await probeMedia(m4a.path, { formatWhitelist: null })).toMatchObject({
      hasVideo: false,
      audioCodec: 'aac',
    });
  });

  it('falls back to the nearest quality, scaling down when asked for less', async () => {
    const taller = await downloadSegment({
      inspection: mp4,
      start: 0,
      end: 1,
      quality: '1080p',
      output: join(out, 'q1080.mp4'),
      proxyUrl: guard.url,
    });
    expect(taller).toMatchObject({ quality: '360p', height: 360 });
    const smaller = await downloadSegment({
      inspection: mp4,
      start: 0,
      end: 1,
      quality: '240p',
      output: join(out, 'q240.mp4'),
      proxyUrl: guard.url,
    });
    expect(smaller).toMatchObject({ quality: '240p', height: 240 });
  });

  it('refuses bad times before fetching anything', async () => {
    await expect(
      downloadSegment({
        inspection: mp4,
        start: 50,
        end: 70,
        output: join(out, 'bad.mp4'),
        proxyUrl: guard.url,
      }),
    ).rejects.toThrow(new TimecodeError("end 70 is past the video's duration 60"));
    expect(origin.bytesSent()).toBe(0);
    expect(existsSync(join(out, 'bad.mp4'))).toBe(false);
  });

  it('fails when a media URL redirects from the allowed origin to a refused address', async () => {
    refusals.length = 0;
    const refused = `http://127.0.0.2:${origin.port}/${source.mp4Name}`;
    const redirecting = {
      ...mp4,
      streams: mp4.streams.map((stream) => ({
        ...stream,
        url: `${origin.url}/redirect?to=${encodeURIComponent(refused)}`,
      })),
    };
    const output = join(out, 'redirected.mp4');
    const error = await downloadSegment({
      inspection: redirecting,
      start: 1,
      end: 2,
      output,
      proxyUrl: guard.url,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(refusals).toEqual([expect.objectContaining({ hostname: '127.0.0.2' })]);
    expect(readdirSync(out).filter((name) => name.startsWith('redirected'))).toEqual([]);
  });

  it('refuses hostile URLs without starting any process', async () => {
    const strict = new YtDlp({ proxyUrl: guard.url, allowlist: [] });
    const spawn = jest.spyOn(childProcess, 'spawn');
    const execFile = jest.spyOn(childProcess, 'execFile');
    try {
      for (const url of [
        'file:///etc/passwd',
        '--exec=touch /tmp/x',
        `http://127.0.0.2:${origin.port}/`,
        'http://2130706433/',
      ]) {
        const output = join(out, 'hostile.mp4');
        await expect(
          downloadSegment({ url, ytdlp: strict, start: 0, end: 1, output, proxyUrl: guard.url }),
        ).rejects.toBeInstanceOf(UnsafeUrlError);
        expect(existsSync(output)).toBe(false);
      }
      expect(spawn).not.toHaveBeenCalled();
      expect(execFile).not.toHaveBeenCalled();
    } finally {
      spawn.mockRestore();
      execFile.mockRestore();
    }
  });

  it('cancels mid-way: the ffmpeg process ends and no file is left', async () => {
    const slow = await startMediaOrigin({ root, throttleBytesPerSecond: 100_000 });
    const pids: number[] = [];
    const spawn = jest.spyOn(childProcess, 'spawn');
    try {
      const inspection = {
        ...mp4,
        streams: mp4.streams.map((stream) => ({ ...stream, url: stream.url.replace(origin.url, slow.url) })),
      };
      const controller = new AbortController();
      const output = join(out, 'cancelled.mp4');
      const reports: SegmentProgress[] = [];
      const running = downloadSegment({
        inspection,
        start: 5,
        end: 45,
        output,
        proxyUrl: guard.url,
        signal: controller.signal,
        onProgress: (progress) => {
          reports.push(progress);
          if (progress.percent > 0) controller.abort(new Error('cancelled by the user'));
        },
      });
      await expect(running).rejects.toThrow('cancelled by the user');
      pids.push(...spawn.mock.results.map((result) => (result.value as childProcess.ChildProcess).pid!));
      expect(reports.length).toBeGreaterThan(0);
      expect(readdirSync(out).filter((name) => name.startsWith('cancelled'))).toEqual([]);
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) expect(isAlive(pid)).toBe(false);
    } finally {
      spawn.mockRestore();
      await slow.close();
    }
  });
});

/** A DASH-only source: yt-dlp fetches a section around the segment, the exact cut is made locally. */
describe('downloadSegment from DASH', () => {
  const allowlist = ['127.0.0.1'];
  let root: string;
  let source: SourceVideo;
  let origin: MediaOrigin;
  let guard: EgressGuard;
  let ytdlp: YtDlp;
  let dash: SourceInspection;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'segment-spec-dash-'));
    source = await generateSourceVideo(root, { seconds: 60, height: 360 });
    origin = await startMediaOrigin({ root });
    guard = await EgressGuard.start({ allowlist });
    ytdlp = new YtDlp({ proxyUrl: guard.url, allowlist });
    dash = await ytdlp.inspect(`${origin.url}/${source.dashName}`);
  });
  afterAll(async () => {
    await guard.close();
    await origin.close();
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => origin.resetCounts());

  it('inspects the manifest: duration and formats that yt-dlp fetches', () => {
    expect(dash.duration).toBeCloseTo(60, 0);
    expect(dash.formats).toEqual([
      expect.objectContaining({
        label: '360p',
        hasVideo: true,
        hasAudio: true,
        filesize: expect.any(Number),
      }),
      expect.objectContaining({ label: 'audio', hasVideo: false, hasAudio: true }),
    ]);
    expect(dash.streams.map((stream) => stream.fetch)).toEqual(['ytdlp-sections', 'ytdlp-sections']);
    expect(dash.mediaUrl).toBeNull();
  });

  it('cuts 10 s from 0:20 exactly, fetching a fraction of the fragments', async () => {
    const reports: SegmentProgress[] = [];
    const output = join(root, 'dash-cut.mp4');
    const result = await downloadSegment({
      inspection: dash,
      ytdlp,
      start: 20,
      end: 30,
      output,
      proxyUrl: guard.url,
      onProgress: (progress) => reports.push(progress),
    });
    expect(result).toMatchObject({ note: null, quality: '360p', hasVideo: true, hasAudio: true });
    await expectExactCut(output, source.mp4Path, 20, 30, source.fps);
    expect(readdirSync(root).filter((name) => name.startsWith('dash-cut'))).toEqual(['dash-cut.mp4']);

    // 4 s fragments: the section 15–31 s needs fragments 4–8; ffmpeg also reads the first one to probe
    const fragments = new Set(
      origin
        .requests()
        .map((request) => /chunk-stream\d-(\d+)\.m4s$/.exec(request.path)?.[1])
        .filter((number): number is string => number !== undefined)
        .map(Number),
    );
    expect([...fragments].sort((a, b) => a - b)).toEqual([1, 4, 5, 6, 7, 8]);
    const dashDir = join(root, dirname(source.dashName));
    const dashBytes = readdirSync(dashDir).reduce(
      (total, name) => total + statSync(join(dashDir, name)).size,
      0,
    );
    expect(origin.bytesSent()).toBeLessThan(dashBytes);
    expect(reports.at(-1)).toMatchObject({ percent: 100, etaSeconds: 0 });
    expect(reports.map((report) => report.percent)).toEqual(
      [...reports.map((report) => report.percent)].sort((a, b) => a - b),
    );
  });

  it('gives the sound of a section as M4A', async () => {
    const output = join(root, 'dash-sound.m4a');
    const result = await downloadSegment({
      inspection: dash,
      ytdlp,
      start: 12.5,
      end: 17.5,
      format: 'm4a',
      output,
      proxyUrl: guard.url,
    });
    expect(result).toMatchObject({ quality: 'audio', hasVideo: false, hasAudio: true });
    expect(Math.abs(result.duration - 5)).toBeLessThanOrEqual(0.1);
  });

  it('cancels mid-way: yt-dlp and the ffmpeg it started end, and no file is left', async () => {
    const slow = await startMediaOrigin({ root, throttleBytesPerSecond: 30_000 });
    const spawn = jest.spyOn(childProcess, 'spawn');
    try {
      const inspection = await ytdlp.inspect(`${slow.url}/${source.dashName}`);
      spawn.mockClear();
      const controller = new AbortController();
      const output = join(root, 'dash-cancelled.mp4');
      const running = downloadSegment({
        inspection,
        ytdlp,
        start: 5,
        end: 45,
        output,
        proxyUrl: guard.url,
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.bytes > 0) controller.abort(new Error('cancelled by the user'));
        },
      });
      await expect(running).rejects.toThrow('cancelled by the user');
      const [ytdlpRun] = spawn.mock.results.map((result) => (result.value as childProcess.ChildProcess).pid!);
      // yt-dlp leads a process group of its own: nothing of it (its ffmpeg included) is left
      // (its orphaned ffmpeg is reaped by init, not always at once)
      for (let waited = 0; isAlive(-ytdlpRun) && waited < 5000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(isAlive(-ytdlpRun)).toBe(false);
      expect(readdirSync(root).filter((name) => name.startsWith('dash-cancelled'))).toEqual([]);
      const sent = slow.bytesSent();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(slow.bytesSent()).toBe(sent);
    } finally {
      spawn.mockRestore();
      await slow.close();
    }
  });
});

/**
 * The 10-minute 720p source of the target: a 30 s segment from minute 4 must cost at most
 * 1.3 × its share of the file + 2 MB, last 30 ± 0.1 s and start on the frame at 4:00.
 */
describe('downloadSegment on a 10-minute 720p source', () => {
  it('fetches about its share of the bytes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'segment-spec-long-'));
    const source = await generateSourceVideo(root, { seconds: 600, height: 720 });
    const origin = await startMediaOrigin({ root });
    const guard = await EgressGuard.start({ allowlist: ['127.0.0.1'] });
    try {
      const inspection = await new YtDlp({ proxyUrl: guard.url, allowlist: ['127.0.0.1'] }).inspect(
        `${origin.url}/${source.mp4Name}`,
      );
      expect(inspection.duration).toBeCloseTo(600, 0);
      expect(inspection.formats).toEqual([expect.objectContaining({ label: '720p' })]);
      origin.resetCounts();
      const output = join(root, 'minute4.mp4');
      const result = await downloadSegment({
        inspection,
        start: '00:04:00',
        end: '00:04:30',
        output,
        proxyUrl: guard.url,
      });
      const size = statSync(source.mp4Path).size;
      const fetched = origin.bytesSent();
      expect(fetched).toBeLessThanOrEqual(1.3 * size * (30 / 600) + 2_000_000);
      expect(Math.abs(result.duration - 30)).toBeLessThanOrEqual(0.1);
      await expectFirstFrameAt(output, source.mp4Path, 240);
    } finally {
      await guard.close();
      await origin.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** The segment's first frame must match the source's frame at `at`, and clearly not its neighbours. */
async function expectFirstFrameAt(segment: string, source: string, at: number): Promise<void> {
  const first = await grayFrame(segment, 0);
  const exact = meanAbsoluteDifference(first, await grayFrame(source, at));
  const before = meanAbsoluteDifference(first, await grayFrame(source, at - 0.1));
  const after = meanAbsoluteDifference(first, await grayFrame(source, at + 0.1));
  expect(exact).toBeLessThan(2);
  expect(before).toBeGreaterThan(exact * 2);
  expect(after).toBeGreaterThan(exact * 2);
}

async function grayFrame(file: string, at: number): Promise<Buffer> {
  const { stdout } = await runProcess(
    ffmpegPath(),
    [
      '-v',
      'error',
      '-ss',
      at.toFixed(3),
      '-i',
      file,
      '-frames:v',
      '1',
      '-vf',
      'scale=320:180,format=gray',
      '-f',
      'rawvideo',
      '-',
    ],
    { captureStdout: true },
  );
  return stdout;
}

function meanAbsoluteDifference(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  let total = 0;
  for (let i = 0; i < a.length; i += 1) total += Math.abs(a[i] - b[i]);
  return total / a.length;
}

/**
 * Exact and nothing hidden: the first frame is the source's at `start`, the first picture is shown at 0,
 * and every packet in the file is a frame that plays (no pre-roll behind an edit list), as many as the
 * source shows in [start, end).
 */
async function expectExactCut(output: string, sourcePath: string, start: number, end: number, fps: number) {
  await expectFirstFrameAt(output, sourcePath, start);
  const { stdout } = await runProcess(
    'ffprobe',
    [
      ...['-v', 'error', '-select_streams', 'v:0', '-count_frames', '-count_packets', '-of', 'json'],
      ...['-show_entries', 'stream=start_time,nb_read_frames,nb_read_packets,duration', output],
    ],
    { captureStdout: true },
  );
  const [stream] = JSON.parse(stdout.toString()).streams;
  const frames = Math.ceil((end - start) * fps - 1e-6);
  expect(Number(stream.start_time)).toBe(0);
  expect(Number(stream.nb_read_packets)).toBe(frames);
  expect(Number(stream.nb_read_frames)).toBe(frames);
  expect(Math.abs(Number(stream.duration) - (end - start))).toBeLessThanOrEqual(0.1);
  const { stdout: first } = await runProcess(
    'ffprobe',
    [
      ...['-v', 'error', '-select_streams', 'v:0', '-read_intervals', '%+#1', '-of', 'csv=p=0'],
      ...['-show_entries', 'packet=pts_time', output],
    ],
    { captureStdout: true },
  );
  expect(Number(first.toString().trim())).toBe(0);
}

/** What ffmpeg complains about while decoding the whole file; empty when it decodes cleanly. */
async function decodeErrors(file: string): Promise<string> {
  const { stderr } = await runProcess(ffmpegPath(), ['-v', 'error', '-i', file, '-f', 'null', '-']);
  return stderr.trim();
}

/** An MD5 per video packet, as stored. */
async function packetHashes(file: string): Promise<string[]> {
  const { stdout } = await runProcess(
    ffmpegPath(),
    ['-v', 'error', '-i', file, '-map', '0:v:0', '-c', 'copy', '-f', 'framemd5', '-'],
    { captureStdout: true },
  );
  return stdout
    .toString()
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(',').at(-1)!.trim());
}

/** `+faststart`: the index comes before the media data, so players start before the download ends. */
function moovBeforeMdat(file: string): boolean {
  const head = readFileSync(file)
    .subarray(0, 64 * 1024)
    .toString('latin1');
  return (
    head.indexOf('moov') >= 0 && (head.indexOf('mdat') < 0 || head.indexOf('moov') < head.indexOf('mdat'))
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
