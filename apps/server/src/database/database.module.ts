import { Global, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AppConfig, createOrmOptions, ENTITIES, ensureDatabase, runMigrations } from '@clipstream/core';
import { APP_CONFIG } from '../config/app-config';

@Injectable()
class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

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
        await ensureDatabase(config.DATABASE_URL);
        return { ...createOrmOptions(config.DATABASE_URL), registerRequestContext: true };
      },
    }),
    MikroOrmModule.forFeature(ENTITIES),
  ],
  providers: [MigrationRunner],
  exports: [MikroOrmModule],
})
export class DatabaseModule {}
