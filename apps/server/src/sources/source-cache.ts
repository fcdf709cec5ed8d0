import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, InjectConfig, RedisKeys } from '@clipstream/core';
import type { SourceInspection } from '@clipstream/media';
import { REDIS } from '../redis/redis.module';

/** An inspection is reused for a day: titles and formats rarely change, and yt-dlp takes seconds. */
const TTL_SECONDS = 24 * 3600;

export interface CachedSource {
  inspection: SourceInspection;
  /** When yt-dlp ran (ms since the epoch): stream URLs may be signed and expire within hours. */
  inspectedAt: number;
  /** The SourceInfo row recording it. */
  sourceInfoId: string;
}

/**
 * Inspections in Redis, keyed by normalised URL (hashed to bound the key). They keep the stream URLs,
 * so this cache is the server's own: clients only ever see the public part.
 */
@Injectable()
export class SourceCache {
  private readonly logger = new Logger(SourceCache.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async get(url: string): Promise<CachedSource | null> {
    try {
      const text = await this.redis.get(this.key(url));
      return text ? (JSON.parse(text) as CachedSource) : null;
    } catch (err) {
      // a cache that is away only costs a fresh inspection
      this.logger.warn({ err }, 'source cache unreadable');
      return null;
    }
  }

  /** Stored under every URL that names the source (the one asked for and the site's canonical one). */
  async set(urls: readonly string[], entry: CachedSource): Promise<void> {
    const value = JSON.stringify(entry);
    const multi = this.redis.multi();
    for (const url of new Set(urls)) multi.set(this.key(url), value, 'EX', TTL_SECONDS);
    await multi.exec().catch((err: unknown) => this.logger.warn({ err }, 'source cache not written'));
  }

  private key(url: string): string {
    const digest = createHash('sha256').update(url).digest('base64url');
    // the version changes with the shape of what is stored: an older entry is simply not found
    return RedisKeys.cache(this.config.REDIS_PREFIX, `source-v2:${digest}`);
  }
}
