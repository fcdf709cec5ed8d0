import { Readable } from 'node:stream';
import type { AppConfig, Storage } from '@clipstream/core';
import { MediaFileCache } from './media-file-cache';

const MB = 1024 * 1024;

function cacheOver(files: Record<string, Buffer>, megabytes: number) {
  const reads: string[] = [];
  const storage = {
    read: (key: string) => {
      reads.push(key);
      return Readable.from([files[key]]);
    },
  } as unknown as Storage;
  const cache = new MediaFileCache({ MEDIA_CACHE_MB: megabytes } as AppConfig, storage);
  return { cache, reads };
}

describe('MediaFileCache', () => {
  it('reads a file once for everyone asking at the same time, then serves it from memory', async () => {
    const { cache, reads } = cacheOver({ a: Buffer.from('segment a') }, 1);
    const answers = await Promise.all([cache.read('a', 'v1'), cache.read('a', 'v1'), cache.read('a', 'v1')]);
    expect(answers.map(String)).toEqual(['segment a', 'segment a', 'segment a']);
    expect(String(await cache.read('a', 'v1'))).toBe('segment a');
    expect(reads).toEqual(['a']);
  });

  it('reads a file again when its version changes', async () => {
    const files = { a: Buffer.from('old') };
    const { cache, reads } = cacheOver(files, 1);
    await cache.read('a', 'v1');
    files.a = Buffer.from('new');
    expect(String(await cache.read('a', 'v2'))).toBe('new');
    expect(reads).toEqual(['a', 'a']);
  });

  it('lets the least recently used files go past its size', async () => {
    const half = () => Buffer.alloc(MB / 2);
    const { cache, reads } = cacheOver({ a: half(), b: half(), c: half() }, 1);
    await cache.read('a', 'v');
    await cache.read('b', 'v');
    await cache.read('a', 'v'); // a is now the most recent
    await cache.read('c', 'v'); // b goes
    await cache.read('a', 'v');
    await cache.read('b', 'v');
    expect(reads).toEqual(['a', 'b', 'c', 'b']);
  });

  it('holds nothing larger than it may, and nothing when turned off', () => {
    expect(cacheOver({}, 64).cache.holds(2 * MB)).toBe(true);
    expect(cacheOver({}, 64).cache.holds(20 * MB)).toBe(false);
    expect(cacheOver({}, 1).cache.holds(2 * MB)).toBe(false);
    expect(cacheOver({}, 0).cache.holds(10)).toBe(false);
  });
});
