import type { Readable } from 'node:stream';

export interface StoredFileInfo {
  key: string;
  size: number;
  modifiedAt: Date;
}

/**
 * Every file the platform keeps goes through this adapter, addressed by a key from StorageKeys.
 * Media tools need real files, so `localPath` gives one (for a remote store: a cached copy).
 */
export abstract class Storage {
  abstract localPath(key: string): string;
  abstract ensureDir(key: string): Promise<string>;
  abstract exists(key: string): Promise<boolean>;
  abstract stat(key: string): Promise<StoredFileInfo | null>;
  abstract read(key: string, range?: { start: number; end: number }): Readable;
  abstract write(key: string, data: Readable | Buffer | string): Promise<StoredFileInfo>;
  /** Moves a file that already sits on this machine into the store (e.g. a finished tool output). */
  abstract importFile(sourcePath: string, key: string): Promise<StoredFileInfo>;
  /** Removes a file or a whole folder; a missing key is not an error. */
  abstract remove(key: string): Promise<void>;
  /** Files directly or deeply under a folder key. */
  abstract list(prefix: string): AsyncIterable<StoredFileInfo>;
  /** Entries directly under a folder key, with the newest modification time found inside each. */
  abstract listChildren(prefix: string): Promise<StoredFileInfo[]>;
  abstract usage(prefix: string): Promise<number>;
}
