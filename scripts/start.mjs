// `npm start`: sets up what is missing, then runs the server and the worker until Ctrl-C.
import { once } from 'node:events';
import { prepareRun } from './lib/setup.mjs';
import { startApp, waitForHealth } from './lib/apps.mjs';
import { runMain } from './lib/main.mjs';
import { hasExited, stopProcess, waitForExit } from './lib/process.mjs';
import { printError, step } from './lib/log.mjs';

await runMain(async (stopRequest) => {
  const env = await prepareRun();
  if (stopRequest.aborted) return 0;

  const apps = ['server', 'worker'].map((name) => ({ name, child: startApp(name, env) }));
  const crashed = Promise.race(apps.map(async (app) => ({ app, ...(await waitForExit(app.child)) })));
  announceWhenReady(env, apps[0].child, stopRequest);

  const outcome = await Promise.race([once(stopRequest, 'abort').then(() => null), crashed]);
  if (outcome)
    printError(
      `The ${outcome.app.name} stopped (${outcome.signal ?? `exit code ${outcome.code}`}); stopping everything.`,
    );
  else step('Stopping…');
  // the apps first, then the services they use (stopped by runMain)
  const signal = stopRequest.reason ?? 'SIGTERM';
  await Promise.all(apps.map((app) => stopProcess(app.child, { signal })));
  return outcome ? 1 : 0;
});

async function announceWhenReady(env, server, stopRequest) {
  const base = `http://localhost:${env.PORT || 3000}`;
  try {
    await waitForHealth(base, server, { timeoutMs: 120_000 });
  } catch (error) {
    // a server that exited is reported by the main flow
    if (!hasExited(server) && !stopRequest.aborted) printError(error.message);
    return;
  }
  if (stopRequest.aborted) return;
  step(
    `Clipstream is running:\n  web app   ${base}/\n  admin     ${base}/admin/\n  API docs  ${base}/api/docs\nPress Ctrl-C to stop.`,
  );
}
