import { DynamicModule, Global, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { ENTITIES } from '../entities';
import { createOrmOptions, ensureDatabase, runMigrations } from '../orm';
import { APP_CONFIG } from './app-config.module';
import { ServiceUnreachableError } from './service-unreachable';

/** Runs during module init, so every migration is applied before the app serves or works (on bootstrap). */
@Injectable()
class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(private readonly orm: MikroORM) {}

  async onModuleInit(): Promise<void> {
    const applied = await runMigrations(this.orm);
    if (applied.length) this.logger.log(`applied ${applied.join(', ')}`);
  }
}

export interface DatabaseModuleOptions {
  /**
   * HTTP apps bind an EntityManager to each request; job processors fork their own per unit of work
   * and must not share one by accident.
   */
  requestContext: boolean;
}

/** MikroORM on the configured database (created when missing), migrated at start, every entity injectable. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot({ requestContext }: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          driver: PostgreSqlDriver,
          useFactory: async (config: AppConfig) => {
            await ensureDatabase(config.DATABASE_URL).catch((error) => {
              throw new ServiceUnreachableError('Postgres', config.DATABASE_URL, 'DATABASE_URL', error);
            });
            const options = createOrmOptions(config.DATABASE_URL);
            return {
              ...options,
              // MigrationRunner logs what was applied, in the app's JSON log
              migrations: { ...options.migrations, silent: true },
              registerRequestContext: requestContext,
            };
          },
        }),
        MikroOrmModule.forFeature(ENTITIES),
      ],
      providers: [MigrationRunner],
      exports: [MikroOrmModule],
    };
  }
}
