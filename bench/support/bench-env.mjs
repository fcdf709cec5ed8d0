import { existsSync } from 'node:fs';
import { fromRoot, loadDotenv, resolveDataDir } from '../../scripts/lib/repo.mjs';
import { ensurePostgres } from '../../scripts/lib/postgres.mjs';
import { ensureRedis } from '../../scripts/lib/redis.mjs';
import { ensureSystemTools } from '../../scripts/lib/system-tools.mjs';
import { printError } from '../../scripts/lib/log.mjs';

/** BENCH_QUICK=1: smaller inputs, so a bench gives its figures in a few minutes on 2 cores. */
export const QUICK = process.env.BENCH_QUICK === '1';

/**
 * The environment for the apps a bench starts. `npm run bench` has set up Postgres and Redis already;
 * a bench run alone (`node bench/fanout.bench.mjs`) finds or starts them the same way. What is started
 * here is stopped by the caller's runMain.
 */
export async function benchEnv({ services = true, tools = [] } = {}) {
  loadDotenv();
  await ensureSystemTools(tools);
  const env = { ...process.env, DATA_DIR: resolveDataDir() };
  if (services) {
    env.DATABASE_URL = await ensurePostgres(env);
    env.REDIS_URL = await ensureRedis(env);
  }
  return env;
}

/**
 * Benches measure the built code: called before a bench imports anything from dist/ (nothing is running
 * yet), it exits with what to run when a file is missing.
 */
export function requireBuilt(...files) {
  const missing = files.filter((file) => !existsSync(fromRoot(file)));
  if (!missing.length) return;
  printError(
    `${missing.join(', ')} missing: build first (\`npm run build:node\`; \`npm run bench\` builds by itself).`,
  );
  process.exit(1);
}
