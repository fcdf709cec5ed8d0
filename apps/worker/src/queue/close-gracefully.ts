import type { Worker } from 'bullmq';

export type CloseOutcome = 'drained' | 'forced';

/**
 * Stops taking new jobs and lets the active ones finish for up to `graceMs`, then closes the worker.
 * A job still running after that is abandoned without being failed: its lock is no longer renewed, so
 * BullMQ's stalled-job check hands it to another worker once the lock expires.
 */
export async function closeGracefully(worker: Worker, graceMs: number): Promise<CloseOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  // pause() waits for the active jobs; a pause that fails (Redis gone) cannot drain: close by force
  const paused = worker.pause().then(
    () => true,
    () => false,
  );
  const drained = await Promise.race([paused, graceOver]);
  clearTimeout(timer);
  if (drained) {
    await worker.close();
    return 'drained';
  }
  await worker.close(true);
  // should the abandoned job still end in this process, pause() reopens the worker's blocking connection
  void paused.then(() => worker.disconnect()).catch(() => undefined);
  return 'forced';
}
