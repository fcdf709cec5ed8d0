import { join } from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ENTITIES } from '../entities';

/** One ORM configuration for the server, the worker, the CLI and the tests. */
export function createOrmOptions(
  databaseUrl: string,
  options: { debug?: boolean; logger?: (message: string) => void } = {},
) {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    debug: options.debug ?? false,
    // the migrator reports what it applies; route it to the app's logger instead of the console
    logger: options.logger ?? (() => undefined),
    // the domain is read in request-scoped forks; a global context would leak identity maps across requests
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    migrations: {
      tableName: 'mikro_orm_migrations',
      // compiled migrations sit beside this file in dist/, the sources in src/ (for ts-based runners)
      path: join(__dirname, '../migrations'),
      glob: __filename.endsWith('.ts') ? '!(*.d).ts' : '!(*.d).js',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
}
