import 'reflect-metadata';
import { ConfigError } from '@clipstream/core';
import { createServerApp } from './server-app';

async function main(): Promise<void> {
  const { app, config } = await createServerApp();
  await app.listen(config.PORT, config.HOST);
  console.log(
    `Clipstream server listening on http://localhost:${config.PORT}/ (admin: /admin/, API docs: /api/docs)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
