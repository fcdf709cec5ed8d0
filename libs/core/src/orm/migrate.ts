import { MikroORM } from '@mikro-orm/postgresql';

/** Any number in the int8 range; the same for every process so only one of them migrates at a time. */
const MIGRATION_LOCK = 7_314_159_265;

/**
 * Applies pending migrations under a Postgres advisory lock, so several servers and workers starting
 * together against one database do not race each other.
 */
export async function runMigrations(orm: MikroORM): Promise<string[]> {
  const connection = orm.em.getConnection();
  const knex = connection.getKnex();
  return knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    const applied = await orm.getMigrator().up();
    return applied.map((migration) => migration.name);
  });
}
