import { printError, SetupError, step } from './log.mjs';
import { shutdown } from './process.mjs';

/**
 * Runs an entry script: `main` gets an AbortSignal that fires on SIGINT/SIGTERM (its reason is the
 * signal's name) and returns the exit code. Whatever was started is stopped before the process ends;
 * a SetupError prints its message alone, anything else its stack.
 */
export async function runMain(main) {
  const stopRequest = new AbortController();
  let requestedAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!stopRequest.signal.aborted) {
        requestedAt = Date.now();
        stopRequest.abort(signal);
      } else if (Date.now() - requestedAt > 1000) {
        // npm passes a terminal's Ctrl-C on as well: only a later press is the user's
        step('Still stopping…');
      }
    });
  }
  let code = 1;
  try {
    code = await main(stopRequest.signal);
  } catch (error) {
    if (error instanceof SetupError) printError(error.message);
    else console.error(error);
  } finally {
    await shutdown();
  }
  process.exit(code);
}
