// `npm run build`: compiles the libs, server and worker, and builds the web and admin apps.
import { ensureBuilt } from './lib/build.mjs';
import { ensureDependencies } from './lib/dependencies.mjs';
import { runMain } from './lib/main.mjs';

await runMain(async () => {
  await ensureDependencies();
  await ensureBuilt({ force: true });
  return 0;
});
