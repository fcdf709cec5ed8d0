import { rmSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';
import { databaseUrlFor } from './test-env';

/** Drops this run's database, Redis keys and data folder. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.TEST_RUN_ID;
  if (!runId) return;
  const admin = new Client({ connectionString: databaseUrlFor('postgres') });
  await admin.connect();
  await admin.query(`drop database if exists "clipstream_test_${runId}" with (force)`);
  await admin.end();

  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${process.env.REDIS_PREFIX}*`, 'COUNT', 500);
    if (keys.length) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();

  if (process.env.DATA_DIR) rmSync(process.env.DATA_DIR, { recursive: true, force: true });
}
