import { loadDotenv, resolveDataDir } from './repo.mjs';
import { ensureDependencies } from './dependencies.mjs';
import { ensureSystemTools } from './system-tools.mjs';
import { ensureBuilt } from './build.mjs';
import { ensurePostgres } from './postgres.mjs';
import { ensureRedis } from './redis.mjs';

/** Programs the apps run; the browser tests also need chromium. */
export const APP_TOOLS = ['ffmpeg', 'ffprobe', 'yt-dlp'];

/**
 * Everything `npm start`, `npm test` and `npm run bench` need before they run anything: dependencies,
 * programs, a fresh build, Postgres and Redis. Returns the environment for the apps.
 * What it starts is stopped by shutdown().
 */
export async function prepareRun({ tools = APP_TOOLS } = {}) {
  loadDotenv();
  await ensureDependencies();
  await ensureSystemTools(tools);
  await ensureBuilt();
  const env = { ...process.env, DATA_DIR: resolveDataDir() };
  env.DATABASE_URL = await ensurePostgres(env);
  env.REDIS_URL = await ensureRedis(env);
  return env;
}
