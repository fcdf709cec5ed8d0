// `npm run bench`: sets up what is missing, then runs every bench/*.bench.mjs in turn, or only those
// whose names contain one of the arguments (`npm run bench -- http fanout`).
// Each prints its figures with ratios against a baseline measured in the same run.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { prepareRun } from './lib/setup.mjs';
import { runMain } from './lib/main.mjs';
import { waitForExit } from './lib/process.mjs';
import { fromRoot, repoRoot } from './lib/repo.mjs';
import { fail, step } from './lib/log.mjs';

await runMain(async (stopRequest) => {
  const wanted = process.argv.slice(2);
  const benches = readdirSync(fromRoot('bench'))
    .filter((file) => file.endsWith('.bench.mjs'))
    .filter((file) => !wanted.length || wanted.some((name) => file.includes(name)))
    .sort();
  if (!benches.length) fail(`No bench matches ${wanted.join(', ')}; see bench/*.bench.mjs.`);
  const env = await prepareRun({ tools: [] });
  const failed = [];
  for (const bench of benches) {
    if (stopRequest.aborted) return 1;
    step(`bench/${bench}`);
    const child = spawn(process.execPath, [fromRoot('bench', bench)], {
      cwd: repoRoot,
      env,
      stdio: 'inherit',
    });
    // a Ctrl-C reaches the bench too (same process group); a SIGTERM sent to us alone is passed on
    const forward = () => stopRequest.reason === 'SIGTERM' && child.kill('SIGTERM');
    stopRequest.addEventListener('abort', forward);
    const { code } = await waitForExit(child);
    stopRequest.removeEventListener('abort', forward);
    if (code !== 0) failed.push(bench);
  }
  if (failed.length) step(`Failed: ${failed.join(', ')}`);
  return failed.length ? 1 : 0;
});
