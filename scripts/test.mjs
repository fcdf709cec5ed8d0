// `npm test`: sets up what is missing, then runs the web app's specs (vitest through `ng test`) and every
// jest project (unit, integration, browser). Extra arguments go to jest, e.g. `npm test -- test/browser`
// or `npm test -- --selectProjects unit`; `npm test -- apps/web` runs only the web app's specs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_TOOLS, prepareRun } from './lib/setup.mjs';
import { maintenanceUrl } from './lib/postgres.mjs';
import { runMain } from './lib/main.mjs';
import { step } from './lib/log.mjs';
import { fromRoot, repoRoot } from './lib/repo.mjs';
import { waitForExit } from './lib/process.mjs';

const jestArgs = process.argv.slice(2);
const onlyWeb = jestArgs.length === 1 && jestArgs[0].replace(/\/$/, '') === 'apps/web';
const withWeb = jestArgs.length === 0 || onlyWeb;

await runMain(async (stopRequest) => {
  const env = await prepareRun({ tools: [...APP_TOOLS, 'chromium'] });
  if (stopRequest.aborted) return 1;
  const running = new Set();
  // a Ctrl-C reaches the children too (same process group); a SIGTERM sent to us alone is passed on
  stopRequest.addEventListener('abort', () => {
    if (stopRequest.reason === 'SIGTERM') running.forEach((child) => child.kill('SIGTERM'));
  });
  const runChild = async (args, options) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', ...options });
    running.add(child);
    const { code } = await waitForExit(child);
    running.delete(child);
    return code ?? 1;
  };

  const web = withWeb ? await webSpecs(runChild) : null;
  if (onlyWeb || stopRequest.aborted) return web?.code ?? 1;

  // jest's global setup makes one database per run on this server, next to its maintenance database
  env.DATABASE_URL = maintenanceUrl(env.DATABASE_URL);
  // the closing "tests: N passed, N failed" line counts the web specs too
  if (web) env.CLIPSTREAM_OTHER_TEST_COUNTS = JSON.stringify(web.counts);
  // --forceExit: a handle left open by some test must not keep CI waiting after the results are in
  const jest = fromRoot('node_modules/jest/bin/jest.js');
  const code = await runChild([jest, '--ci', '--forceExit', ...jestArgs], { cwd: repoRoot, env });
  return web?.code || code;
});

/** The Angular app's specs, with their counts read from vitest's JSON report. */
async function webSpecs(runChild) {
  step('Web app specs (ng test)…');
  const dir = mkdtempSync(join(tmpdir(), 'clipstream-web-specs-'));
  const report = join(dir, 'report.json');
  try {
    const ng = fromRoot('node_modules/@angular/cli/bin/ng.js');
    const code = await runChild(
      [ng, 'test', '--watch=false', '--reporters', 'json', '--reporters', 'default', '--output-file', report],
      { cwd: fromRoot('apps/web') },
    );
    const counts = readCounts(report, code);
    return { code: code || (counts.failed ? 1 : 0), counts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readCounts(report, code) {
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    return {
      passed: result.numPassedTests,
      failed: result.numFailedTests,
      skipped: result.numPendingTests + result.numTodoTests,
    };
  } catch {
    // the run broke before it could report (a compile error): count it as one failure
    return { passed: 0, failed: code ? 1 : 0, skipped: 0 };
  }
}
