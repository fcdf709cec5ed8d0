import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { grabFrame } from '../images/extract-frames';
import { probeMedia } from '../probe/probe-media';
import { generateVideo, tempDir } from '../process/test-media';
import { cutClip } from './cut-clip';

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await tempDir('clip');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Mean absolute difference of two frames' pixels (0 = identical). */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((image) => sharp(image).raw().toBuffer()));
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs(x[i] - y[i]);
  return sum / x.length;
}

test('a clip of 1.0–2.0 s lasts one second and starts on the right frame', async () => {
  const source = await generateVideo(join(dir, 'source.mp4'), {
    width: 320,
    height: 240,
    seconds: 3,
    fps: 30,
  });
  const percents: number[] = [];
  const clip = await cutClip({
    input: source,
    forceFormat: 'mov',
    start: 1,
    end: 2,
    output: join(dir, 'out', 'clip.mp4'),
    preset: 'ultrafast',
    onProgress: (p) => percents.push(p),
  });
  const probe = await probeMedia(clip);
  expect(Math.abs(probe.duration - 1)).toBeLessThanOrEqual(0.05);
  expect(probe).toMatchObject({ hasVideo: true, hasAudio: true, width: 320, height: 240 });
  expect(percents.length).toBeGreaterThan(0);

  const clipStart = await grabFrame(clip, 0);
  const atStart = await difference(clipStart, await grabFrame(source, 1));
  const twoFramesEarly = await difference(clipStart, await grabFrame(source, 1 - 2 / 30));
  expect(atStart).toBeLessThan(twoFramesEarly / 2);
});

test('refuses an empty or backwards range', async () => {
  await expect(cutClip({ input: 'x.mp4', start: 2, end: 1, output: join(dir, 'never.mp4') })).rejects.toThrow(
    RangeError,
  );
});
