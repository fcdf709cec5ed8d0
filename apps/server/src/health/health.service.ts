import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import Redis from 'ioredis';
import type { HealthView } from '@clipstream/core';
import { REDIS } from '../redis/redis.module';

const PROBE_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS).unref()),
  ]);
}

/** Probes each shared part on every call, so the answer recovers as soon as the part does. */
@Injectable()
export class HealthService {
  constructor(
    private readonly orm: MikroORM,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async check(): Promise<HealthView> {
    const [db, redis] = await Promise.all([
      this.probe(() => this.orm.em.getConnection().execute('select 1')),
      this.probe(() => this.redis.ping()),
    ]);
    return { status: db === 'up' && redis === 'up' ? 'ok' : 'error', db, redis };
  }

  private async probe(work: () => Promise<unknown>): Promise<'up' | 'down'> {
    try {
      await withTimeout(work());
      return 'up';
    } catch {
      return 'down';
    }
  }
}
