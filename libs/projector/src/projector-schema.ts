/**
 * The projector's own tables: one checkpoint per projection, and the events it had to park. Changed
 * only by appending a migration: each runs once, in order, and the number reached is kept in
 * `projector_schema`, so a database of any age catches up on start.
 */
import type { DataSource, EntityManager } from 'typeorm';

// Positions are unsigned 64-bit on EventStoreDB, hence numeric(20) rather than bigint.
const MIGRATIONS: readonly (readonly string[])[] = [
  // 1: the tables as they were before the schema was versioned (idempotent, so an unversioned database passes through).
  [
    `create table if not exists projection_checkpoints (
       name text primary key,
       commit_position numeric(20, 0) not null,
       prepare_position numeric(20, 0) not null,
       generation integer not null default 0,
       updated_at timestamptz not null default now()
     )`,
    `create table if not exists projection_parked_events (
       id bigserial primary key,
       projection text not null,
       event_id text not null,
       stream_id text not null,
       revision numeric(20, 0) not null,
       commit_position numeric(20, 0) not null,
       prepare_position numeric(20, 0) not null,
       type text not null,
       error_message text not null,
       attempts integer not null,
       parked_at timestamptz not null default now(),
       replayed_at timestamptz
     )`,
    // An event is parked at most once while it waits; after a replay it may be parked again by a later rebuild.
    `create unique index if not exists projection_parked_events_waiting
       on projection_parked_events (projection, event_id) where replayed_at is null`,
    `create index if not exists projection_parked_events_streams
       on projection_parked_events (projection, stream_id, commit_position, prepare_position) where replayed_at is null`,
  ],
  // 2: the read-model schema version the projection's tables were built with (null: built before versions, i.e. 1).
  ['alter table projection_checkpoints add column if not exists schema_version integer'],
];

/** Brings the projector's tables to the latest migration; the advisory lock keeps two processes starting at once from racing. */
export async function ensureProjectorSchema(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`select pg_advisory_xact_lock(hashtextextended('projector-schema', 0))`);
    await manager.query('create table if not exists projector_schema (version integer not null)');
    const [row] = await manager.query('select version from projector_schema');
    const reached: number = row?.version ?? 0;
    for (const [index, statements] of MIGRATIONS.entries()) {
      if (index < reached) continue;
      for (const statement of statements) await manager.query(statement);
    }
    if (row === undefined)
      await manager.query('insert into projector_schema (version) values ($1)', [MIGRATIONS.length]);
    else if (reached < MIGRATIONS.length)
      await manager.query('update projector_schema set version = $1', [MIGRATIONS.length]);
  });
}

/**
 * The lock the live runner holds for each batch; a rebuild takes it to swap tables, a replay to apply
 * parked events. `flushCommit: false` also turns `synchronous_commit` off for the transaction, in the same round trip.
 */
export async function lockProjection(
  manager: EntityManager,
  projection: string,
  options: { readonly flushCommit?: boolean } = {},
): Promise<void> {
  const relaxed = options.flushCommit === false ? `, set_config('synchronous_commit', 'off', true)` : '';
  await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))${relaxed}`, [`projection:${projection}`]);
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
