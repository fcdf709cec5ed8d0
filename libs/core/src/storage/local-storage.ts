import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Storage, StoredFileInfo } from './storage';

/** Storage on the local disk (or a shared mount) under DATA_DIR. */
export class LocalStorage extends Storage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  localPath(key: string): string {
    const path = resolve(this.root, key);
    // keys come from StorageKeys, but a bug or a crafted id must never reach outside the root
    if (path !== this.root && !path.startsWith(this.root + sep)) {
      throw new Error(`storage key escapes the data folder: ${key}`);
    }
    return path;
  }

  async ensureDir(key: string): Promise<string> {
    const path = this.localPath(key);
    await mkdir(path, { recursive: true });
    return path;
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async stat(key: string): Promise<StoredFileInfo | null> {
    try {
      const info = await stat(this.localPath(key));
      return { key, size: info.size, modifiedAt: info.mtime };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  read(key: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.localPath(key), range);
  }

  async write(key: string, data: Readable | Buffer | string): Promise<StoredFileInfo> {
    const path = this.localPath(key);
    await mkdir(dirname(path), { recursive: true });
    // write beside the target and rename, so a reader never sees half a file
    const partial = `${path}.partial-${process.pid}`;
    try {
      const source = typeof data === 'string' || Buffer.isBuffer(data) ? Readable.from([data]) : data;
      await pipeline(source, createWriteStream(partial));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return (await this.stat(key)) as StoredFileInfo;
  }

  async importFile(sourcePath: string, key: string): Promise<StoredFileInfo> {
    const path = this.localPath(key);
    await mkdir(dirname(path), { recursive: true });
    try {
      await rename(sourcePath, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(sourcePath, path);
      await rm(sourcePath, { force: true });
    }
    return (await this.stat(key)) as StoredFileInfo;
  }

  async remove(key: string): Promise<void> {
    await rm(this.localPath(key), { recursive: true, force: true });
  }

  async *list(prefix: string): AsyncIterable<StoredFileInfo> {
    const base = this.localPath(prefix);
    let entries;
    try {
      entries = await readdir(base, { withFileTypes: true, recursive: true });
    } catch (error) {
      // a missing folder, or a key that is a file, has no files below it
      if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const info = await stat(path).catch(() => null);
      if (info) yield { key: this.keyOf(path), size: info.size, modifiedAt: info.mtime };
    }
  }

  async listChildren(prefix: string): Promise<StoredFileInfo[]> {
    const base = this.localPath(prefix);
    let names: string[];
    try {
      names = await readdir(base);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const children: StoredFileInfo[] = [];
    for (const name of names) {
      const key = `${prefix}/${name}`;
      const own = await this.stat(key);
      if (!own) continue;
      let size = own.size;
      let modifiedAt = own.modifiedAt;
      for await (const file of this.list(key)) {
        size += file.size;
        if (file.modifiedAt > modifiedAt) modifiedAt = file.modifiedAt;
      }
      children.push({ key, size, modifiedAt });
    }
    return children;
  }

  async usage(prefix: string): Promise<number> {
    let total = 0;
    for await (const file of this.list(prefix)) total += file.size;
    return total;
  }

  private keyOf(path: string): string {
    const rel = relative(this.root, path);
    if (isAbsolute(rel)) throw new Error(`not inside the data folder: ${path}`);
    return rel.split(sep).join('/');
  }
}
