import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SegmentProgress } from './segment-progress';

const POLL_MS = 250;

/**
 * Progress of a download that reports none (yt-dlp while its ffmpeg fetches a section): the bytes in
 * `directory` against the bytes expected, with an ETA from the pace so far. Percent stays below 100 until
 * the caller knows it is done, and is 0 when nothing is expected (the size is unknown). Returns a stop.
 */
export function watchGrowth(
  directory: string,
  expectedBytes: number | null,
  onProgress: (progress: SegmentProgress) => void,
  now: () => number = Date.now,
): () => void {
  const started = now();
  let last = 0;
  let stopped = false;
  const poll = async () => {
    const bytes = await directorySize(directory);
    if (stopped || bytes <= last) return;
    last = bytes;
    const share = expectedBytes ? Math.min(0.99, bytes / expectedBytes) : 0;
    const elapsed = (now() - started) / 1000;
    onProgress({
      percent: Math.round(share * 1000) / 10,
      etaSeconds: share > 0 && elapsed > 0 ? Math.ceil((elapsed / share) * (1 - share)) : null,
      bytes,
    });
  };
  let polling = Promise.resolve();
  const timer = setInterval(() => {
    polling = polling.then(poll).catch(() => undefined);
  }, POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

async function directorySize(directory: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(directory)) {
    total += await stat(join(directory, name)).then(
      (facts) => facts.size,
      () => 0, // renamed or removed between the listing and the look
    );
  }
  return total;
}
