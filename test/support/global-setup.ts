import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseUrlFor } from './test-env';

/**
 * Gives this run its own database, Redis key prefix and data folder, so runs cannot collide.
 * Test workers inherit these variables; migrations are applied by the code under test, as in production.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  process.env.TEST_RUN_ID = runId;
  process.env.DATABASE_URL = databaseUrlFor(`clipstream_test_${runId}`);
  process.env.REDIS_PREFIX = `clipstream-test-${runId}`;
  process.env.DATA_DIR = mkdtempSync(join(tmpdir(), `clipstream-test-${runId}-`));
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  process.env.URL_ALLOWLIST = process.env.URL_ALLOWLIST ?? '127.0.0.1,localhost';
  process.env.JWT_SECRET = process.env.JWT_SECRET ?? randomBytes(32).toString('hex');
}
