// `npm run bench`: sets up what is missing, then runs every bench/*.bench.mjs in turn.
// Each prints its figures with ratios against a baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { prepareRun } from './lib/setup.mjs';
import { runMain } from './lib/main.mjs';
import { run } from './lib/process.mjs';
import { fromRoot } from './lib/repo.mjs';
import { step } from './lib/log.mjs';

await runMain(async (stopRequest) => {
  const env = await prepareRun({ tools: [] });
  const benches = readdirSync(fromRoot('bench'))
    .filter((file) => file.endsWith('.bench.mjs'))
    .sort();
  let failures = 0;
  for (const bench of benches) {
    if (stopRequest.aborted) return 1;
    step(`bench/${bench}`);
    const code = await run(process.execPath, [fromRoot('bench', bench)], { env, allowFailure: true });
    if (code !== 0) failures++;
  }
  return failures ? 1 : 0;
});
