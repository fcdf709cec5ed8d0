import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ffprobePath } from '../process/ffmpeg-binaries';
import { runProcess } from '../process/run-process';
import { generateAudio, generateVideo, tempDir } from '../process/test-media';
import { avcCodecOfTransportStream, readAvcCodec } from './avc-codec-of-segment';

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await tempDir('avc-codec');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const PROFILE_HEX: Record<string, string> = { 'Constrained Baseline': '42c0', Main: '4d40', High: '6400' };

test.each([
  ['baseline', '3.0'],
  ['main', '3.1'],
  ['high', '4.0'],
])('reads the %s profile and level %s from the SPS, as ffprobe sees them', async (profile, level) => {
  const segment = await generateVideo(join(dir, `${profile}.ts`), {
    width: 640,
    height: 360,
    seconds: 1,
    outputArgs: ['-profile:v', profile, '-level', level, '-f', 'mpegts'],
  });
  const { stdout } = await runProcess(
    ffprobePath(),
    [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=profile,level',
      '-of',
      'json',
      segment,
    ],
    { captureStdout: true },
  );
  const [stream] = JSON.parse(stdout.toString()).streams as { profile: string; level: number }[];
  const expected = `avc1.${PROFILE_HEX[stream.profile]}${stream.level.toString(16).padStart(2, '0')}`;
  await expect(readAvcCodec(segment)).resolves.toBe(expected);
});

test('finds the video stream whichever PID and order the muxer chose', async () => {
  const segment = await generateVideo(join(dir, 'pids.ts'), {
    width: 320,
    height: 240,
    seconds: 1,
    outputArgs: ['-map', '1:a', '-map', '0:v', '-mpegts_start_pid', '0x300', '-f', 'mpegts'],
  });
  expect(avcCodecOfTransportStream(await readFile(segment))).toMatch(/^avc1\.[0-9a-f]{6}$/);
});

test('a segment without H.264, or not MPEG-TS at all, is refused with the file named', async () => {
  const audioOnly = await generateAudio(join(dir, 'audio.ts'), 1, ['-c:a', 'aac', '-f', 'mpegts']);
  await expect(readAvcCodec(audioOnly)).rejects.toThrow(/no H\.264 sequence parameter set.*audio\.ts/);
  const junk = join(dir, 'junk.ts');
  await writeFile(junk, Buffer.alloc(4096, 7));
  await expect(readAvcCodec(junk)).rejects.toThrow(/junk\.ts/);
});
