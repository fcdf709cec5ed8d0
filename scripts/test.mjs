// `npm test`: sets up what is missing, then runs every jest project (unit, integration, browser).
// Extra arguments go to jest, e.g. `npm test -- test/browser` or `npm test -- --selectProjects unit`.
import { spawn } from 'node:child_process';
import { APP_TOOLS, prepareRun } from './lib/setup.mjs';
import { maintenanceUrl } from './lib/postgres.mjs';
import { runMain } from './lib/main.mjs';
import { fromRoot, repoRoot } from './lib/repo.mjs';
import { waitForExit } from './lib/process.mjs';

await runMain(async (stopRequest) => {
  const env = await prepareRun({ tools: [...APP_TOOLS, 'chromium'] });
  if (stopRequest.aborted) return 1;
  // jest's global setup makes one database per run on this server, next to its maintenance database
  env.DATABASE_URL = maintenanceUrl(env.DATABASE_URL);
  // --forceExit: a handle left open by some test must not keep CI waiting after the results are in
  const jest = spawn(
    process.execPath,
    [fromRoot('node_modules/jest/bin/jest.js'), '--ci', '--forceExit', ...process.argv.slice(2)],
    {
      cwd: repoRoot,
      env,
      stdio: 'inherit',
    },
  );
  // a Ctrl-C reaches jest too (same process group); a SIGTERM sent to us alone is passed on
  stopRequest.addEventListener('abort', () => stopRequest.reason === 'SIGTERM' && jest.kill('SIGTERM'));
  const { code } = await waitForExit(jest);
  return code ?? 1;
});
