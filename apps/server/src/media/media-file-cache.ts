import { buffer } from 'node:stream/consumers';
import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, Storage } from '@clipstream/core';

/** Larger files (progressive MP4s, originals) are always streamed from disk. */
const MAX_CACHED_FILE_BYTES = 16 * 1024 * 1024;

/**
 * The media files served most recently (HLS segments, playlists, pictures), whole in memory, least
 * recently used first out, at most MEDIA_CACHE_MB in all. A file is known by its key and version (size
 * and modification time), so a re-transcoded video is never served stale. Why: every viewer of a video
 * asks for the same segments, and reading each anew into fresh buffers made V8 collect garbage for as
 * long as it served (a major GC every ~60 MB of buffers), not the disk or the socket.
 */
@Injectable()
export class MediaFileCache {
  private readonly maxBytes: number;
  private readonly files = new Map<string, Buffer>();
  /** Reads in flight, so that a crowd asking for a new segment at once reads it once. */
  private readonly loading = new Map<string, Promise<Buffer>>();
  private bytes = 0;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly storage: Storage,
  ) {
    this.maxBytes = config.MEDIA_CACHE_MB * 1024 * 1024;
  }

  /** Whether a file of this size is served from memory. */
  holds(size: number): boolean {
    return this.maxBytes > 0 && size <= Math.min(MAX_CACHED_FILE_BYTES, this.maxBytes);
  }

  async read(key: string, version: string): Promise<Buffer> {
    const id = `${key}@${version}`;
    const cached = this.files.get(id);
    if (cached) {
      // most recently used last
      this.files.delete(id);
      this.files.set(id, cached);
      return cached;
    }
    let pending = this.loading.get(id);
    if (!pending) {
      pending = buffer(this.storage.read(key)).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
      pending.then((content) => this.keep(id, content)).catch(() => undefined);
    }
    return pending;
  }

  private keep(id: string, content: Buffer): void {
    if (this.files.has(id) || !this.holds(content.length)) return;
    this.files.set(id, content);
    this.bytes += content.length;
    for (const [oldest, old] of this.files) {
      if (this.bytes <= this.maxBytes) break;
      this.files.delete(oldest);
      this.bytes -= old.length;
    }
  }
}
