import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { MediaRejectedError } from '../probe/media-rejected-error';
import { generateVideo, tempDir, withRotation } from '../process/test-media';
import { extractFrames, THUMBNAIL_POSITIONS } from './extract-frames';
import { makeStoryboard } from './make-storyboard';
import { resizeImage } from './resize-image';

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await tempDir('images');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const size = async (path: string) => {
  const { width, height, format } = await sharp(path).metadata();
  return `${format} ${width}x${height}`;
};

test('thumbnails at 0/25/50/75 % as WebP and JPEG, never wider than the video', async () => {
  const source = await generateVideo(join(dir, 'wide.mp4'), { width: 640, height: 360, seconds: 2 });
  const thumbs = await extractFrames(source, 2, THUMBNAIL_POSITIONS, join(dir, 'thumbs'), {
    forceFormat: 'mov',
  });
  expect(thumbs.map((t) => [t.index, t.time])).toEqual([
    [0, 0],
    [1, 0.5],
    [2, 1],
    [3, 1.5],
  ]);
  for (const thumb of thumbs) {
    expect(thumb.variants.map((v) => v.width)).toEqual([320, 640]);
    expect(thumb.variants[1].webp).toBe(join(dir, 'thumbs', `thumb-${thumb.index}-640.webp`));
    expect(await size(thumb.variants[1].webp)).toBe('webp 640x360');
    expect(await size(thumb.variants[0].jpeg)).toBe('jpeg 320x180');
  }
  // Different moments give different pictures.
  const [first, middle] = await Promise.all([
    readFile(thumbs[0].variants[0].jpeg),
    readFile(thumbs[2].variants[0].jpeg),
  ]);
  expect(first.equals(middle)).toBe(false);
});

test('thumbnails of a rotated video are upright', async () => {
  const plain = await generateVideo(join(dir, 'landscape.mp4'), {
    width: 320,
    height: 240,
    seconds: 1,
    audio: false,
  });
  const rotated = await withRotation(plain, join(dir, 'portrait.mp4'), 90);
  const [thumb] = await extractFrames(rotated, 1, [0.5], join(dir, 'rotated-thumbs'), { forceFormat: 'mov' });
  expect(thumb.variants.map((v) => `${v.width}x${v.height}`)).toEqual(['240x320']);
});

test('a storyboard sprite with a WebVTT track pointing into it', async () => {
  const source = await generateVideo(join(dir, 'story.mp4'), { width: 320, height: 180, seconds: 3 });
  const board = await makeStoryboard(source, 3, join(dir, 'board'), {
    interval: 1,
    columns: 2,
    tileWidth: 160,
    spriteUrl: '/api/videos/v1/storyboard.jpg',
    forceFormat: 'mov',
  });
  expect(board).toMatchObject({ tiles: 3, columns: 2, rows: 2, tileWidth: 160, tileHeight: 90 });
  expect(await size(board.sprite)).toBe('jpeg 320x180');
  const vtt = await readFile(board.vtt, 'utf8');
  expect(vtt).toBe(
    [
      'WEBVTT',
      '',
      '00:00:00.000 --> 00:00:01.000',
      '/api/videos/v1/storyboard.jpg#xywh=0,0,160,90',
      '',
      '00:00:01.000 --> 00:00:02.000',
      '/api/videos/v1/storyboard.jpg#xywh=160,0,160,90',
      '',
      '00:00:02.000 --> 00:00:03.000',
      '/api/videos/v1/storyboard.jpg#xywh=0,90,160,90',
      '',
    ].join('\n'),
  );
});

test('resizeImage crops avatars square and refuses what is not a picture', async () => {
  const banner = await sharp({ create: { width: 900, height: 300, channels: 4, background: '#36c8' } })
    .png()
    .toBuffer();
  const avatars = await resizeImage(banner, join(dir, 'avatar'), [64, 256, 512], {
    baseName: 'avatar',
    aspectRatio: 1,
  });
  expect(avatars.map((a) => `${a.width}x${a.height}`)).toEqual(['64x64', '256x256', '300x300']);
  expect(await size(avatars[0].jpeg)).toBe('jpeg 64x64');

  const svg = join(dir, 'evil.svg');
  await writeFile(
    svg,
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="/etc/passwd"/></svg>',
  );
  await expect(resizeImage(svg, join(dir, 'x'), [64], { baseName: 'x' })).rejects.toBeInstanceOf(
    MediaRejectedError,
  );
  const text = join(dir, 'notes.jpg');
  await writeFile(text, 'just some words');
  await expect(resizeImage(text, join(dir, 'x'), [64], { baseName: 'x' })).rejects.toBeInstanceOf(
    MediaRejectedError,
  );
});
