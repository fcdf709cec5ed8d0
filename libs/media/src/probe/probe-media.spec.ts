import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync } from 'node:fs';
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { generateAudio, generateVideo, tempDir, withRotation } from '../process/test-media';
import { demuxerFor } from './accepted-containers';
import { assertPlayableUpload } from './assert-playable-upload';
import { MediaRejectedError } from './media-rejected-error';
import { MediaProbe, probeMedia } from './probe-media';
import { RejectionReasons } from './rejection-reasons';

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await tempDir('probe');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function rejection(path: string): Promise<MediaRejectedError> {
  const error = await probeMedia(path).then(assertPlayableUpload, (e: unknown) => e);
  expect(error).toBeInstanceOf(MediaRejectedError);
  return error as MediaRejectedError;
}

/**
 * A named pipe standing in for another local file a playlist points at. Opening a FIFO for reading
 * blocks until a writer comes, so polling for a reader catches any attempt to read it.
 */
function trapFile(path: string): { wasOpened: () => boolean; stop: () => void } {
  execFileSync('mkfifo', [path]);
  let opened = false;
  const timer = setInterval(() => {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
      opened = true;
    } catch {
      // ENXIO: nobody is reading it.
    }
  }, 2);
  return { wasOpened: () => opened, stop: () => clearInterval(timer) };
}

describe('probeMedia', () => {
  test('reads a landscape MP4 with audio', async () => {
    const path = await generateVideo(join(dir, 'land.mp4'), { width: 320, height: 180, seconds: 1, fps: 25 });
    const probe = await probeMedia(path);
    expect(probe).toMatchObject({
      container: 'mov,mp4,m4a,3gp,3g2,mj2',
      width: 320,
      height: 180,
      rotation: 0,
      fps: 25,
      isVFR: false,
      videoCodec: 'h264',
      audioCodec: 'aac',
      hasVideo: true,
      hasAudio: true,
      interlaced: false,
    });
    expect(probe.duration).toBeCloseTo(1, 1);
    expect(probe.bitRate).toBeGreaterThan(0);
    expect(assertPlayableUpload(probe)).toBe('mov');
  });

  test('reads WebM and names the demuxer to force', async () => {
    const path = await generateVideo(join(dir, 'clip.webm'), {
      width: 160,
      height: 120,
      seconds: 1,
      audio: false,
      outputArgs: ['-c:v', 'libvpx', '-b:v', '200k'],
    });
    const probe = await probeMedia(path);
    expect(probe).toMatchObject({ videoCodec: 'vp8', hasAudio: false, width: 160, height: 120 });
    expect(assertPlayableUpload(probe)).toBe('matroska');
  });

  test('gives the display size of a rotated video', async () => {
    const plain = await generateVideo(join(dir, 'wide.mp4'), {
      width: 320,
      height: 240,
      seconds: 1,
      audio: false,
    });
    const probe = await probeMedia(await withRotation(plain, join(dir, 'turned.mp4'), 90));
    expect([probe.width, probe.height]).toEqual([240, 320]);
    expect([90, 270]).toContain(probe.rotation);
  });

  test('guesses a variable frame rate', async () => {
    const path = await generateVideo(join(dir, 'vfr.mp4'), {
      width: 160,
      height: 120,
      seconds: 2,
      audio: false,
      filter: "setpts='if(lt(N,30),N/30,1+(N-30)/10)/TB'",
      outputArgs: ['-fps_mode', 'vfr'],
    });
    const probe = await probeMedia(path);
    expect(probe.isVFR).toBe(true);
    expect(probe.nominalFps).toBe(30);
    expect(probe.fps).toBeLessThan(30);
  });

  test('reads audio-only files', async () => {
    const path = await generateAudio(join(dir, 'tone.m4a'), 1, ['-c:a', 'aac']);
    const probe = await probeMedia(path);
    expect(probe).toMatchObject({ hasVideo: false, hasAudio: true, audioCodec: 'aac', width: 0, height: 0 });
    expect(assertPlayableUpload(probe)).toBe('mov');
  });
});

describe('uploads that are not media are refused with a reason a creator understands', () => {
  test('a truncated MP4', async () => {
    const path = await generateVideo(join(dir, 'cut.mp4'), { width: 320, height: 240, seconds: 1 });
    const bytes = await readFile(path);
    await truncate(path, Math.floor(bytes.length / 2));
    expect((await rejection(path)).reason).toBe(RejectionReasons.damaged);
  });

  test('random bytes named .mp4', async () => {
    const path = join(dir, 'noise.mp4');
    await writeFile(path, randomBytes(64_000));
    expect((await rejection(path)).reason).toBe(RejectionReasons.unreadable);
  });

  test('zero bytes', async () => {
    const path = join(dir, 'empty.mp4');
    await writeFile(path, '');
    expect((await rejection(path)).reason).toBe(RejectionReasons.empty);
  });

  test('a PNG picture, whatever its name', async () => {
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#f00' } })
      .png()
      .toBuffer();
    await writeFile(join(dir, 'picture.png'), png);
    await writeFile(join(dir, 'picture.mp4'), png);
    expect((await rejection(join(dir, 'picture.png'))).reason).toBe(RejectionReasons.picture);
    expect((await rejection(join(dir, 'picture.mp4'))).reason).toBe(RejectionReasons.picture);
  });

  test('an .m3u8 playlist, without ffprobe opening what it lists', async () => {
    const trap = trapFile(join(dir, 'secret.ts'));
    const playlist = join(dir, 'evil.m3u8');
    await writeFile(
      playlist,
      `#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:1,\nsecret.ts\n#EXTINF:1,\n${join(dir, 'secret.ts')}\n#EXT-X-ENDLIST\n`,
    );
    try {
      expect((await rejection(playlist)).reason).toBe(RejectionReasons.playlist);
      expect((await rejection(playlist)).detail).toContain('Format not on whitelist');
      expect(trap.wasOpened()).toBe(false);
      // Control: the same playlist probed without the whitelist does reach for the listed file.
      await probeMedia(playlist, { formatWhitelist: null }).catch(() => undefined);
      expect(trap.wasOpened()).toBe(true);
    } finally {
      trap.stop();
    }
  });

  test('a concat list, with or without its header, without reading the listed file', async () => {
    const trap = trapFile(join(dir, 'other-user.mp4'));
    await writeFile(join(dir, 'list.txt'), `ffconcat version 1.0\nfile 'other-user.mp4'\n`);
    await writeFile(join(dir, 'list.mp4'), `file '${join(dir, 'other-user.mp4')}'\n`);
    try {
      expect((await rejection(join(dir, 'list.txt'))).reason).toBe(RejectionReasons.fileList);
      expect((await rejection(join(dir, 'list.mp4'))).reason).toBe(RejectionReasons.fileList);
      expect(trap.wasOpened()).toBe(false);
    } finally {
      trap.stop();
    }
  });
});

describe('assertPlayableUpload', () => {
  const good: MediaProbe = {
    container: 'matroska,webm',
    probeScore: 100,
    duration: 10,
    size: 1000,
    bitRate: 800,
    hasVideo: true,
    hasAudio: true,
    videoStreamIndex: 0,
    audioStreamIndex: 1,
    width: 640,
    height: 360,
    rotation: 0,
    fps: 30,
    nominalFps: 30,
    isVFR: false,
    interlaced: false,
    videoCodec: 'vp9',
    audioCodec: 'opus',
    audioChannels: 2,
    audioSampleRate: 48000,
  };
  const reasonFor = (probe: Partial<MediaProbe>) => {
    try {
      assertPlayableUpload({ ...good, ...probe });
      return null;
    } catch (error) {
      return (error as MediaRejectedError).reason;
    }
  };

  test('accepts real containers and maps each to its demuxer', () => {
    expect(reasonFor({})).toBeNull();
    expect(demuxerFor('mov,mp4,m4a,3gp,3g2,mj2')).toBe('mov');
    expect(demuxerFor('matroska,webm')).toBe('matroska');
    for (const name of ['avi', 'flv', 'mpegts', 'ogg', 'mp3', 'aac', 'wav', 'flac'])
      expect(demuxerFor(name)).toBe(name);
  });

  test('refuses playlists, lists, pictures, guesses and empty files when probed without the whitelist', () => {
    expect(reasonFor({ container: 'hls' })).toBe(RejectionReasons.playlist);
    expect(reasonFor({ container: 'concat' })).toBe(RejectionReasons.fileList);
    expect(reasonFor({ container: 'image2' })).toBe(RejectionReasons.picture);
    expect(reasonFor({ container: 'png_pipe' })).toBe(RejectionReasons.picture);
    expect(reasonFor({ container: 'asf' })).toBe(RejectionReasons.unsupported('asf'));
    expect(reasonFor({ container: 'mp3', probeScore: 1 })).toBe(RejectionReasons.unreadable);
    expect(reasonFor({ duration: 0 })).toBe(RejectionReasons.noDuration);
    expect(reasonFor({ hasVideo: false, hasAudio: false })).toBe(RejectionReasons.noStreams);
  });
});
