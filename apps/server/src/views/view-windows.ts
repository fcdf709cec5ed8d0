import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, InjectConfig, RedisKeys } from '@clipstream/core';
import { REDIS } from '../redis/redis.module';

/** One view per viewer per video per window. */
export const VIEW_WINDOW_SECONDS = 6 * 3600;

/** Remembers in Redis who was counted as a viewer of a video lately (`SET NX EX`: race-free, self-expiring). */
@Injectable()
export class ViewWindows {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** True the first time this viewer is seen for this video in the current window. */
  async open(videoId: string, viewerKey: string): Promise<boolean> {
    const key = RedisKeys.cache(this.config.REDIS_PREFIX, `view:${videoId}:${viewerKey}`);
    return (await this.redis.set(key, '1', 'EX', VIEW_WINDOW_SECONDS, 'NX')) === 'OK';
  }
}
