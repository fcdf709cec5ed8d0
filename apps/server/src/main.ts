import 'reflect-metadata';
import { ConfigError, ServiceUnreachableError } from '@clipstream/core';
import { createServerApp } from './server-app';

async function main(): Promise<void> {
  const { app, config } = await createServerApp();
  await app.listen(config.PORT, config.HOST);
  console.log(
    `Clipstream server listening on http://localhost:${config.PORT}/ (admin: /admin/, API docs: /api/docs)`,
  );
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof ServiceUnreachableError;
  console.error(
    `clipstream server cannot start: ${known ? error.message : ((error as Error).stack ?? error)}`,
  );
  process.exit(1);
});
