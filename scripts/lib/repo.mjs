import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory the script was started from. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const fromRoot = (...parts) => join(repoRoot, ...parts);

/**
 * Reads `.env` from the repository root into process.env, the same file the apps read.
 * Variables already set in the environment win, as they do for the apps.
 */
export function loadDotenv() {
  const file = fromRoot('.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/** DATA_DIR as the apps see it: default ./data, relative paths taken from the repository root. */
export function resolveDataDir(env = process.env) {
  return resolve(repoRoot, env.DATA_DIR || './data');
}
