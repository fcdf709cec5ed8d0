/**
 * How far a cut's first frame is from the source's frame at `at` (mean absolute difference of 320×180
 * gray pictures, 0–255), and from the frames 0.1 s either side: an exact cut is near 0 at `at` and
 * clearly further from its neighbours (the source shows its own running time, so frames differ).
 */
export async function firstFrameDistance(cut, source, at) {
  const first = await grayFrame(cut, 0);
  const [exact, before, after] = await Promise.all(
    [at, at - 0.1, at + 0.1].map(async (time) =>
      meanAbsoluteDifference(first, await grayFrame(source, time)),
    ),
  );
  return { exact, before, after, isExact: exact < 2 && before > exact * 2 && after > exact * 2 };
}

async function grayFrame(file, at) {
  const { default: media } = await import('../../libs/media/dist/index.js');
  const { stdout } = await media.runProcess(
    media.ffmpegPath(),
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

function meanAbsoluteDifference(a, b) {
  if (a.length !== b.length || a.length === 0) return NaN;
  let total = 0;
  for (let i = 0; i < a.length; i++) total += Math.abs(a[i] - b[i]);
  return total / a.length;
}
