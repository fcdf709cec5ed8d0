import { Storage, StorageKeys } from '@clipstream/core';

export interface WorkDir {
  key: string;
  /** The folder on this machine, created empty. */
  path: string;
}

/**
 * A fresh scratch folder for one attempt of a job, `tmp/{label}-{uuid}`. Folders an earlier attempt of
 * the same job left behind (its worker died) are removed first, so retries never pile up partial files.
 */
export async function freshWorkDir(storage: Storage, label: string): Promise<WorkDir> {
  const leftover = `${StorageKeys.tmpDir()}/${label}-`;
  for (const { key } of await storage.listChildren(StorageKeys.tmpDir())) {
    if (key.startsWith(leftover)) await storage.remove(key);
  }
  const key = StorageKeys.tmpWorkDir(label);
  return { key, path: await storage.ensureDir(key) };
}
