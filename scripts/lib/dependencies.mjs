import { existsSync, readFileSync } from 'node:fs';
import { fromRoot } from './repo.mjs';
import { run } from './process.mjs';
import { step, warn } from './log.mjs';

/** Installs the npm dependencies when node_modules is missing or no longer matches package-lock.json. */
export async function ensureDependencies() {
  const reason = installReason();
  if (!reason) return;
  step(`Installing npm dependencies (${reason})…`);
  const code = await run('npm', ['ci'], { allowFailure: true });
  if (code === 0) return;
  // e.g. a registry mirror that serves no other platforms' optional packages leaves them out of the lock
  warn('`npm ci` did not accept package-lock.json; installing with `npm install` instead.');
  await run('npm', ['install']);
}

/** Why an install is needed, or null. npm writes node_modules/.package-lock.json after every install. */
function installReason() {
  const installedFile = fromRoot('node_modules/.package-lock.json');
  if (!existsSync(fromRoot('node_modules'))) return 'node_modules is missing';
  if (!existsSync(installedFile)) return 'no record of a finished install';
  const wanted = readPackages(fromRoot('package-lock.json'));
  const installed = readPackages(installedFile);
  for (const [path, entry] of Object.entries(wanted)) {
    if (path === '') continue; // the root package itself
    const present = installed[path];
    // optional packages for other platforms (esbuild, sharp, …) are rightly absent
    if (!present && entry.optional) continue;
    if (!present || present.version !== entry.version) return 'package-lock.json changed';
  }
  for (const path of Object.keys(installed)) {
    if (!(path in wanted)) return 'package-lock.json changed';
  }
  return null;
}

const readPackages = (file) => JSON.parse(readFileSync(file, 'utf8')).packages ?? {};
