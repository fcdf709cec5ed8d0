import { Storage, StorageKeys } from '@clipstream/core';

export interface WorkDir {
  key: string;
  /** The folder on this machine, created empty. */
  path: string;
}

/**
 * The scratch folder of one job, `tmp/{label}`: the same for every attempt, so an attempt after a crash
 * (its worker died) starts by removing what the last one left, and retries never pile up partial files.
 * BullMQ runs one attempt of a job at a time (a download's job id is the download's).
 */
export async function freshWorkDir(storage: Storage, label: string): Promise<WorkDir> {
  const key = `${StorageKeys.tmpDir()}/${label}`;
  await storage.remove(key);
  return { key, path: await storage.ensureDir(key) };
}
