import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makePoster } from '../images/make-poster';
import { assertPlayableUpload } from '../probe/assert-playable-upload';
import { probeMedia } from '../probe/probe-media';
import { generateAudio, generateVideo, tempDir, withRotation } from '../process/test-media';
import { parseMediaPlaylist } from './rendition-stats';
import { planLadder } from './plan-ladder';
import { makeProgressiveMp4 } from './progressive-mp4';
import { resolveTranscodeProfile } from './transcode-profile';
import { HlsOutput, TranscodeProgress, transcodeToHls } from './transcode-to-hls';

jest.setTimeout(120_000);

const profile = resolveTranscodeProfile({ preset: 'ultrafast', segmentSeconds: 1 });
let dir: string;

beforeAll(async () => {
  dir = await tempDir('hls');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Probe, judge, plan and transcode a source like the worker does. */
async function pipeline(
  source: string,
  name: string,
  extra: Partial<Parameters<typeof transcodeToHls>[0]> = {},
) {
  const probe = await probeMedia(source);
  const forceFormat = assertPlayableUpload(probe);
  const plan = planLadder(probe, profile);
  const outputDir = join(dir, name);
  const output = await transcodeToHls({ input: source, forceFormat, outputDir, plan, ...extra });
  return { probe, plan, output, outputDir, forceFormat };
}

/** Our own HLS output is read with the hls demuxer, like a player would. */
const probeHls = (path: string) => probeMedia(path, { formatWhitelist: ['hls', 'mpegts'] });

function streamInfs(master: string): Record<string, string>[] {
  return master
    .split('\n')
    .filter((line) => line.startsWith('#EXT-X-STREAM-INF:'))
    .map((line) =>
      Object.fromEntries(
        line
          .slice('#EXT-X-STREAM-INF:'.length)
          .match(/[A-Z-]+=("[^"]*"|[^,]*)/g)!
          .map((pair) => [
            pair.slice(0, pair.indexOf('=')),
            pair.slice(pair.indexOf('=') + 1).replace(/"/g, ''),
          ]),
      ),
    );
}

test('a landscape 1080p source becomes a 240p–1080p ladder, watchable after the first rendition', async () => {
  const source = await generateVideo(join(dir, 'landscape.mp4'), { width: 1920, height: 1080, seconds: 2 });
  const progress: TranscodeProgress[] = [];
  let early: { output: HlsOutput; master: string } | undefined;
  const { output, outputDir } = await pipeline(source, 'landscape', {
    onProgress: (p) => progress.push(p),
    onFirstRendition: async (first) => {
      early = { output: first, master: await readFile(first.master, 'utf8') };
    },
  });

  expect(output.renditions.map((r) => `${r.name} ${r.width}x${r.height}`)).toEqual([
    '240p 426x240',
    '360p 640x360',
    '480p 854x480',
    '720p 1280x720',
    '1080p 1920x1080',
  ]);

  // Published early: the master listed only the lowest rendition (with its audio) before the rest existed.
  expect(early!.output.renditions.map((r) => r.name)).toEqual(['240p']);
  expect(streamInfs(early!.master)).toHaveLength(1);
  expect(early!.master).toContain('URI="audio/index.m3u8"');

  const master = await readFile(output.master, 'utf8');
  const variants = streamInfs(master);
  expect(variants.map((v) => v.RESOLUTION)).toEqual([
    '426x240',
    '640x360',
    '854x480',
    '1280x720',
    '1920x1080',
  ]);
  for (const variant of variants) {
    expect(Number(variant.BANDWIDTH)).toBeGreaterThan(0);
    expect(variant.CODECS).toMatch(/^avc1\.[0-9a-f]{6},mp4a\.40\.2$/);
    expect(variant.AUDIO).toBe('audio');
  }
  expect(master).toContain('#EXT-X-MEDIA:TYPE=AUDIO');

  // A real client reads the whole thing.
  const all = await probeHls(output.master);
  expect(all).toMatchObject({ hasVideo: true, hasAudio: true, videoCodec: 'h264', audioCodec: 'aac' });
  expect(all.duration).toBeCloseTo(2, 0);
  for (const rendition of output.renditions) {
    const probe = await probeHls(join(outputDir, rendition.playlist));
    expect([probe.width, probe.height]).toEqual([rendition.width, rendition.height]);
  }

  // Keyframes on the same grid: every video rendition is cut into identical segments.
  const durations = await Promise.all(
    output.renditions.map(async (r) =>
      parseMediaPlaylist(await readFile(join(outputDir, r.playlist), 'utf8')).map((s) => s.duration),
    ),
  );
  expect(durations[0].length).toBeGreaterThanOrEqual(2);
  for (const d of durations) expect(d).toEqual(durations[0]);

  expect(progress.some((p) => p.stage === 'first-rendition')).toBe(true);
  expect(progress.some((p) => p.stage === 'ladder')).toBe(true);
  const percents = progress.map((p) => p.percent);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  expect(percents[percents.length - 1]).toBeGreaterThan(90);
  expect(percents[percents.length - 1]).toBeLessThanOrEqual(100);

  // The progressive MP4 of a rendition: remuxed, index first, plays on its own.
  const mp4 = await makeProgressiveMp4({
    videoPlaylist: join(outputDir, '720p/index.m3u8'),
    audioPlaylist: join(outputDir, 'audio/index.m3u8'),
    output: join(dir, 'mp4', '720p.mp4'),
  });
  const mp4Probe = await probeMedia(mp4);
  expect(mp4Probe).toMatchObject({ width: 1280, height: 720, hasVideo: true, hasAudio: true });
  expect(mp4Probe.container).toContain('mp4');
  expect(mp4Probe.duration).toBeCloseTo(2, 0);
  const bytes = await readFile(mp4);
  expect(bytes.indexOf('moov')).toBeLessThan(bytes.indexOf('mdat'));
});

test('a vertical 720×1280 source stays vertical, rungs named by the short side', async () => {
  const source = await generateVideo(join(dir, 'vertical.mp4'), { width: 720, height: 1280, seconds: 1 });
  const { output, outputDir } = await pipeline(source, 'vertical');
  expect(output.renditions.map((r) => `${r.name} ${r.width}x${r.height}`)).toEqual([
    '240p 240x426',
    '360p 360x640',
    '480p 480x854',
    '720p 720x1280',
  ]);
  const top = await probeHls(join(outputDir, '720p/index.m3u8'));
  expect([top.width, top.height]).toEqual([720, 1280]);
  expect(streamInfs(await readFile(output.master, 'utf8')).map((v) => v.RESOLUTION)).toContain('720x1280');
});

test('an audio-only source becomes one AAC rendition and gets a poster', async () => {
  const source = await generateAudio(join(dir, 'song.mp3'), 2);
  let early: HlsOutput | undefined;
  const { output, probe, forceFormat } = await pipeline(source, 'audio-only', {
    onFirstRendition: (o) => void (early = o),
  });
  expect(forceFormat).toBe('mp3');
  expect(output.renditions).toEqual([]);
  expect(output.audio).toMatchObject({ name: 'audio', quality: 0, codecs: 'mp4a.40.2' });
  expect(early?.audio?.name).toBe('audio');
  const variants = streamInfs(await readFile(output.master, 'utf8'));
  expect(variants).toEqual([expect.objectContaining({ CODECS: 'mp4a.40.2' })]);
  const played = await probeHls(output.master);
  expect(played).toMatchObject({ hasVideo: false, hasAudio: true, audioCodec: 'aac' });

  const poster = await makePoster(source, join(dir, 'audio-only', 'poster'), { forceFormat });
  expect(poster.map((p) => `${p.width}x${p.height}`)).toEqual(['320x180', '640x360', '1280x720']);
  expect(poster[0].webp).toMatch(/poster-320\.webp$/);
  expect(probe.hasVideo).toBe(false);
});

test('a source without audio gives a valid ladder with no audio group', async () => {
  const source = await generateVideo(join(dir, 'silent.mp4'), {
    width: 320,
    height: 240,
    seconds: 1,
    audio: false,
  });
  const { output } = await pipeline(source, 'silent');
  expect(output.audio).toBeNull();
  expect(output.renditions.map((r) => r.name)).toEqual(['240p']);
  const master = await readFile(output.master, 'utf8');
  expect(master).not.toContain('EXT-X-MEDIA');
  expect(streamInfs(master)[0].CODECS).toMatch(/^avc1\.[0-9a-f]{6}$/);
  expect(await probeHls(output.master)).toMatchObject({ hasVideo: true, hasAudio: false });
});

test('a variable frame rate source is encoded at a constant rate', async () => {
  // 1.5 s at 30 fps, then 1.5 s at 15 fps.
  const source = await generateVideo(join(dir, 'vfr.mp4'), {
    width: 320,
    height: 240,
    seconds: 2.5,
    filter: "setpts='if(lt(N,45),N/30,1.5+(N-45)/15)/TB'",
    outputArgs: ['-fps_mode', 'vfr'],
  });
  const { probe, plan, output, outputDir } = await pipeline(source, 'vfr');
  expect(probe.isVFR).toBe(true);
  expect(plan.frameRate).toBe('30');
  const rendition = await probeHls(join(outputDir, output.renditions[0].playlist));
  expect(rendition.isVFR).toBe(false);
  expect(rendition.fps).toBeCloseTo(30, 0);
});

test('an interlaced source is deinterlaced', async () => {
  const source = await generateVideo(join(dir, 'interlaced.mp4'), {
    width: 320,
    height: 240,
    seconds: 1,
    filter: 'setfield=tff',
    outputArgs: ['-flags', '+ildct+ilme', '-x264-params', 'tff=1'],
  });
  const { probe, plan, output } = await pipeline(source, 'interlaced');
  expect([probe.interlaced, plan.deinterlace]).toEqual([true, true]);
  expect((await probeHls(output.master)).interlaced).toBe(false);
});

test('rotation metadata is honoured: the ladder has the display size', async () => {
  const plain = await generateVideo(join(dir, 'plain.mp4'), { width: 320, height: 240, seconds: 1 });
  const source = await withRotation(plain, join(dir, 'rotated.mp4'), 90);
  expect((await probeMedia(plain)).rotation).toBe(0);
  const { probe, output, outputDir } = await pipeline(source, 'rotated');
  expect([probe.width, probe.height]).toEqual([240, 320]);
  expect(output.renditions.map((r) => `${r.name} ${r.width}x${r.height}`)).toEqual(['240p 240x320']);
  const encoded = await probeHls(join(outputDir, '240p/index.m3u8'));
  expect([encoded.width, encoded.height, encoded.rotation]).toEqual([240, 320, 0]);
});

test('aborting kills ffmpeg and rejects with the reason', async () => {
  const source = await generateVideo(join(dir, 'long.mp4'), { width: 640, height: 360, seconds: 3 });
  const controller = new AbortController();
  const run = pipeline(source, 'aborted', {
    signal: controller.signal,
    onProgress: () => controller.abort(new Error('job cancelled')),
  });
  await expect(run).rejects.toThrow('job cancelled');
});
