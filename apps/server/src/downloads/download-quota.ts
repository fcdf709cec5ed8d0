import { Injectable } from '@nestjs/common';
import type { RequestUser } from '../common/request-user';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { DownloadLimitReached } from './download-errors';

/** RATE_LIMIT_DOWNLOADS: new downloads and imports per person, a batch of N counting N. */
@Injectable()
export class DownloadQuota {
  constructor(private readonly limiter: RateLimiter) {}

  async consume(user: RequestUser, count = 1): Promise<void> {
    const decision = await this.limiter.consume('downloads', `user:${user.id}`, count);
    if (!decision.allowed) throw new DownloadLimitReached(decision.retryAfterSeconds);
  }
}
