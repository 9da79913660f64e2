/** Applies the event store's migrations once each; safe when several processes start at once. */
import type { Pool } from 'pg';
import { EVENT_STORE_MIGRATIONS, type Migration } from './migrations';

const LOCK_KEY = 7_246_001; // any constant, shared by every process migrating this schema

export async function migrateEventStore(
  pool: Pool,
  migrations: readonly Migration[] = EVENT_STORE_MIGRATIONS,
): Promise<number[]> {
  // Up to date: no DDL at all, so the application's role (which owns nothing) opens a store its owner migrated.
  if (await allApplied(pool, migrations)) return [];
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await client.query(
      'create table if not exists event_store_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())',
    );
    const { rows } = await client.query<{ version: number }>('select version from event_store_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const newlyApplied: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('insert into event_store_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      newlyApplied.push(migration.version);
    }
    await client.query('commit');
    return newlyApplied;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

async function allApplied(pool: Pool, migrations: readonly Migration[]): Promise<boolean> {
  const { rows: found } = await pool.query<{ present: boolean }>(
    "select to_regclass('event_store_migrations') is not null as present",
  );
  if (!found[0].present) return false;
  const { rows } = await pool.query<{ version: number }>('select version from event_store_migrations');
  const applied = new Set(rows.map((row) => row.version));
  return migrations.every((migration) => applied.has(migration.version));
}
