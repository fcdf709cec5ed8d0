import { Client } from 'pg';

/** Creates the database named in `databaseUrl` when it does not exist yet (a fresh installation). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client
        .query(`create database "${name.replace(/"/g, '""')}"`)
        .catch((error: { code?: string }) => {
          // created meanwhile by another process: 42P04 once it exists, 23505 while both insert its row
          if (error.code !== '42P04' && error.code !== '23505') throw error;
        });
    }
  } finally {
    await client.end();
  }
}
