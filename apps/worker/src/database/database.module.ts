import { Global, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AppConfig, createOrmOptions, ensureDatabase, runMigrations } from '@clipstream/core';
import { ServiceUnreachableError } from '../boot/service-unreachable';
import { APP_CONFIG } from '../config/app-config';

/** Runs during module init, so every migration is applied before any queue worker starts (on bootstrap). */
@Injectable()
class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(private readonly orm: MikroORM) {}

  async onModuleInit(): Promise<void> {
    const applied = await runMigrations(this.orm);
    if (applied.length) this.logger.log(`applied ${applied.join(', ')}`);
  }
}

@Global()
@Module({
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
          // MigrationRunner logs what was applied, in the JSON log
          migrations: { ...options.migrations, silent: true },
          // jobs are not requests: services fork their own EntityManager per unit of work
          registerRequestContext: false,
        };
      },
    }),
  ],
  providers: [MigrationRunner],
})
export class DatabaseModule {}
