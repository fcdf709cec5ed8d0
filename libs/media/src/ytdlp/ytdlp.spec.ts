import childProcess from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  generateSourceVideo,
  startMediaOrigin,
  type MediaOrigin,
  type SourceVideo,
} from '../../../../test/support/media-origin';
import { EgressGuard, type EgressRefusal } from '../egress/egress-guard';
import { UnsafeUrlError } from '../egress/unsafe-url-error';
import { SourceError } from './source-error';
import { toPublicInspection } from './source-inspection';
import { YtDlp } from './ytdlp';

jest.setTimeout(60_000);

/** Real yt-dlp and ffprobe against a local origin; every connection goes through the egress guard. */
describe('YtDlp.inspect', () => {
  let root: string;
  let source: SourceVideo;
  let origin: MediaOrigin;
  let guard: EgressGuard;
  let ytdlp: YtDlp;
  const refusals: EgressRefusal[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ytdlp-spec-'));
    source = await generateSourceVideo(root, { seconds: 60, height: 360 });
    // A playlist without EXT-X-ENDLIST: a broadcast still going on.
    const vod = readFileSync(join(root, source.hlsName), 'utf8');
    writeFileSync(
      join(root, source.hlsName.replace('index.m3u8', 'live.m3u8')),
      vod.replace(/#EXT-X-(ENDLIST|PLAYLIST-TYPE:VOD)\n?/g, ''),
    );
    writeFileSync(join(root, 'notes.txt'), 'just some text, no video here');
    origin = await startMediaOrigin({ root });
    const allowlist = ['127.0.0.1', 'localhost'];
    guard = await EgressGuard.start({ allowlist, onRefused: (refusal) => refusals.push(refusal) });
    ytdlp = new YtDlp({ binaryPath: 'yt-dlp', proxyUrl: guard.url, allowlist });
  });
  afterAll(async () => {
    await guard.close();
    await origin.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reads a plain MP4 URL, filling duration, height and size with ffprobe', async () => {
    const url = `${origin.url}/${source.mp4Name}`;
    const inspection = await ytdlp.inspect(url);
    expect(inspection).toMatchObject({
      url,
      extractor: 'generic',
      id: 'source',
      isLive: false,
      mediaUrl: url,
    });
    expect(inspection.duration).toBeCloseTo(60, 1);
    expect(inspection.formats).toEqual([
      {
        id: 'mp4',
        label: '360p',
        ext: 'mp4',
        height: 360,
        hasVideo: true,
        hasAudio: true,
        filesize: expect.any(Number),
      },
    ]);
    // The whole file's size, from the server's Content-Length.
    expect(inspection.formats[0].filesize).toBe(statSync(source.mp4Path).size);
    expect(Object.keys(toPublicInspection(inspection)).sort()).toEqual(
      ['chapters', 'duration', 'extractor', 'formats', 'id', 'thumbnail', 'title', 'uploader', 'url'].sort(),
    );
  });

  it('reads an HLS playlist, estimating the size from bitrate × duration', async () => {
    const inspection = await ytdlp.inspect(`${origin.url}/${source.hlsName}`);
    expect(inspection.duration).toBeCloseTo(60, 0);
    expect(inspection.formats).toEqual([
      expect.objectContaining({ label: '360p', hasVideo: true, hasAudio: true }),
    ]);
    expect(inspection.formats[0].filesize).toBeGreaterThan(500_000);
    expect(inspection.mediaUrl).toBe(`${origin.url}/${source.hlsName}`);
  });

  it('finds the <video> of an HTML page', async () => {
    const inspection = await ytdlp.inspect(`${origin.url}/page/${source.mp4Name}`);
    expect(inspection.title).toMatch(/^Test video/);
    expect(inspection.mediaUrl).toBe(`${origin.url}/${source.mp4Name}`);
    expect(inspection.duration).toBeCloseTo(60, 1);
  });

  it.each([
    ['a missing video', '/nope.mp4', 'unavailable'],
    ['a forbidden one', '/status/403', 'unavailable'],
    ['a page with no video', '/notes.txt', 'unsupported'],
  ])('explains %s', async (_what, path, code) => {
    const error = await ytdlp.inspect(`${origin.url}${path}`).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SourceError', code });
  });

  it('refuses a live HLS stream', async () => {
    const live = `${origin.url}/${source.hlsName.replace('index.m3u8', 'live.m3u8')}`;
    await expect(ytdlp.inspect(live)).rejects.toMatchObject({
      code: 'live',
      message: expect.stringMatching(/Live streams/),
    });
  });

  it('times out on a site that answers too slowly', async () => {
    const slow = await startMediaOrigin({ root, throttleBytesPerSecond: 50 });
    try {
      const started = Date.now();
      const error = await ytdlp
        .inspect(`${slow.url}/${source.mp4Name}`, { timeoutMs: 1500 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SourceError);
      expect(error).toMatchObject({ code: 'timeout' });
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await slow.close();
    }
  });

  it('fails when the allowed origin redirects to a refused address (the guard sees the second hop)', async () => {
    refusals.length = 0;
    const target = `http://127.0.0.2:${origin.port}/${source.mp4Name}`;
    const error = await ytdlp
      .inspect(`${origin.url}/redirect?to=${encodeURIComponent(target)}`)
      .catch((e) => e);
    // yt-dlp says "HTTP Error 403" as for any site; the second look through the guard says it was a refusal
    expect(error).toBeInstanceOf(SourceError);
    expect(error.code).toBe('refused');
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((refusal) => refusal.hostname === '127.0.0.2')).toBe(true);
  });

  describe('hostile input, refused before any process starts', () => {
    const marker = join(tmpdir(), `ytdlp-exec-marker-${process.pid}`);
    const spawned: string[] = [];
    const spies: jest.SpyInstance[] = [];

    beforeAll(() => {
      for (const name of ['spawn', 'execFile', 'exec', 'fork'] as const) {
        const original = childProcess[name] as (...args: unknown[]) => unknown;
        spies.push(
          jest.spyOn(childProcess, name).mockImplementation(((...args: unknown[]) => {
            spawned.push(String(args[0]));
            return original(...args);
          }) as never),
        );
      }
    });
    afterAll(() => spies.forEach((spy) => spy.mockRestore()));

    it.each([
      'file:///etc/passwd',
      'ftp://127.0.0.1/video.mp4',
      `--exec=touch ${marker}`,
      `-o ${marker}`,
      '--batch-file=/etc/passwd',
      'http://127.0.0.2/video.mp4',
      'http://[::1]:8080/video.mp4',
      'http://2130706433/',
      'http://0177.0.0.2/',
      'http://169.254.169.254/latest/meta-data/',
    ])('%s', async (url) => {
      const strict = new YtDlp({ proxyUrl: guard.url, allowlist: [] });
      await expect(strict.inspect(url)).rejects.toBeInstanceOf(UnsafeUrlError);
      expect(spawned).toEqual([]);
      expect(existsSync(marker)).toBe(false);
    });
  });
});
