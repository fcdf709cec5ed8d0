import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, InjectConfig, RateLimitRule, RedisKeys } from '@clipstream/core';
import { REDIS } from '../redis/redis.module';

export type RateLimitBucket = 'auth' | 'api' | 'downloads';

export interface RateLimitDecision {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/** What a caller over a limit is told. */
export function tooManyRequests(retryAfterSeconds: number): string {
  return `Too many requests; try again in ${retryAfterSeconds} seconds`;
}

/**
 * Fixed-window counters in Redis, so the limit holds across every server process.
 * INCRBY + EXPIRE NX run in one MULTI: the window starts with its first hit.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  rule(bucket: RateLimitBucket): RateLimitRule {
    const rules: Record<RateLimitBucket, RateLimitRule> = {
      auth: this.config.RATE_LIMIT_AUTH,
      api: this.config.RATE_LIMIT_API,
      downloads: this.config.RATE_LIMIT_DOWNLOADS,
    };
    return rules[bucket];
  }

  async consume(bucket: RateLimitBucket, subject: string, cost = 1): Promise<RateLimitDecision> {
    const { limit, windowSeconds } = this.rule(bucket);
    const key = RedisKeys.rateLimit(this.config.REDIS_PREFIX, bucket, subject);
    const results = await this.redis
      .multi()
      .incrby(key, cost)
      .expire(key, windowSeconds, 'NX')
      .ttl(key)
      .exec();
    const count = Number(results?.[0]?.[1] ?? 0);
    const ttl = Number(results?.[2]?.[1] ?? windowSeconds);
    if (count > limit) {
      return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, ttl) };
    }
    return { allowed: true, remaining: limit - count, retryAfterSeconds: 0 };
  }
}
