import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from './repo.mjs';
import { run } from './process.mjs';
import { step, warn } from './log.mjs';

/** The shared contract (libs/core/src/contract) that the browser apps may import. */
const CONTRACT = 'libs/core/src/contract';

/** The browser apps: their workspace, the folders their build reads, and the file it writes last. */
const FRONTENDS = [
  {
    workspace: '@clipstream/web',
    sources: ['apps/web', CONTRACT],
    output: 'apps/web/dist/browser/index.html',
  },
  { workspace: '@clipstream/admin', sources: ['apps/admin', CONTRACT], output: 'apps/admin/dist/index.html' },
];

/** What `tsc -b apps/server apps/worker` writes, libs included through project references. */
const NODE_OUTPUTS = [
  'libs/core/dist/index.js',
  'libs/media/dist/index.js',
  'apps/server/dist/main.js',
  'apps/worker/dist/main.js',
];

/** Folders that are build output or caches, never sources. */
const NOT_SOURCES = new Set(['node_modules', 'dist', '.angular', 'coverage']);

/**
 * Compiles the server and worker (tsc -b is incremental: fast when nothing changed) and builds each browser
 * app whose output is missing or older than one of its files. `force` rebuilds the browser apps anyway.
 */
export async function ensureBuilt({ force = false } = {}) {
  step('Compiling server and worker (tsc -b)…');
  // tsc -b trusts its *.tsbuildinfo records: a deleted dist/ would otherwise stay missing
  const outputMissing = NODE_OUTPUTS.some((file) => !existsSync(fromRoot(file)));
  await run(fromRoot('node_modules/.bin/tsc'), [
    '-b',
    'apps/server',
    'apps/worker',
    ...(outputMissing ? ['--force'] : []),
  ]);
  for (const app of FRONTENDS) {
    if (!existsSync(fromRoot(app.sources[0], 'package.json'))) {
      warn(`${app.sources[0]} does not exist; skipping its build.`);
      continue;
    }
    if (!force && isUpToDate(app)) continue;
    step(`Building ${app.workspace}…`);
    await run('npm', ['run', 'build', '-w', app.workspace], {
      env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
    });
  }
}

function isUpToDate(app) {
  const output = fromRoot(app.output);
  if (!existsSync(output)) return false;
  const newest = Math.max(...app.sources.map((dir) => newestChange(fromRoot(dir))));
  return newest <= statSync(output).mtimeMs;
}

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    // a folder's own time changes when a file in it is added or removed
    newest = Math.max(newest, statSync(path).mtimeMs, entry.isDirectory() ? newestChange(path) : 0);
  }
  return newest;
}
