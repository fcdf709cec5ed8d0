import { ffmpegPath } from './ffmpeg-binaries';
import { createProgressParser, FfmpegProgress, PROGRESS_ARGS } from './progress-parser';
import { ProcessFailedError, runProcess } from './run-process';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('captures stdout and reports ffmpeg progress', async () => {
  const reports: FfmpegProgress[] = [];
  await runProcess(
    ffmpegPath(),
    [
      '-hide_banner',
      '-nostdin',
      '-f',
      'lavfi',
      '-i',
      'testsrc2=s=64x64:d=1',
      ...PROGRESS_ARGS,
      '-f',
      'null',
      '-',
    ],
    { onStdoutLine: createProgressParser((p) => reports.push(p)) },
  );
  expect(reports[reports.length - 1]).toMatchObject({ done: true, outTime: expect.closeTo(1, 1) });

  const { stdout } = await runProcess('node', ['-e', 'process.stdout.write("hello")'], {
    captureStdout: true,
  });
  expect(stdout.toString()).toBe('hello');
});

test('a failure carries the exit code and the end of stderr', async () => {
  const error = await runProcess(ffmpegPath(), ['-hide_banner', '-i', '/nonexistent/input.mp4']).catch(
    (e) => e,
  );
  expect(error).toBeInstanceOf(ProcessFailedError);
  expect(error.exitCode).not.toBe(0);
  expect(error.stderr).toContain('No such file or directory');
  await expect(runProcess('/nonexistent/binary', [])).rejects.toMatchObject({ code: 'ENOENT' });
});

test('aborting kills the child before rejecting; so does a timeout', async () => {
  const controller = new AbortController();
  let pid = 0;
  const run = runProcess('sleep', ['30'], { signal: controller.signal, onSpawn: (p) => (pid = p) });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(isAlive(pid)).toBe(true);
  controller.abort(new Error('stop'));
  await expect(run).rejects.toThrow('stop');
  expect(isAlive(pid)).toBe(false);

  await expect(runProcess('sleep', ['30'], { timeoutMs: 50 })).rejects.toMatchObject({
    name: 'TimeoutError',
  });
});

test('progress blocks become one report each', () => {
  const reports: FfmpegProgress[] = [];
  const feed = createProgressParser((p) => reports.push(p));
  ['fps=24.5', 'out_time_us=N/A', 'progress=continue', 'out_time_us=1500000', 'progress=end'].forEach(feed);
  expect(reports).toEqual([
    { outTime: 0, fps: 24.5, done: false },
    { outTime: 1.5, fps: 24.5, done: true },
  ]);
});
