/**
 * The projection the projector's specs and benchmark run: per stream, how many events and the last
 * event's type. Idempotent the usual way: each row keeps the revision it reflects. `faults` lets a
 * spec make it fail (a poison event, or a failure after the rows were written).
 */
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@app/event-store';
import type { Projection, TableNames } from '../../src/projection';

export interface StreamCountsFaults {
  /** Events for which apply throws (a poison event while it returns true). */
  poison?: (event: RecordedEvent) => boolean;
  /** Throw after all rows of the batch were written. */
  failAfterWrite?: boolean;
}

export function streamCountsProjection(faults: StreamCountsFaults = {}, name = 'stream-counts'): Projection {
  return {
    name,
    schemaVersion: 1,
    tables: ['stream_counts', 'stream_last_events'],
    streamPrefixes: ['task-', 'programme-'],
    async createTables(manager, tables) {
      const counts = q(tables.stream_counts);
      const last = q(tables.stream_last_events);
      await manager.query(
        `create table if not exists ${counts} (stream_id text primary key, events integer not null, revision bigint not null)`,
      );
      await manager.query(
        `create table if not exists ${last} (stream_id text primary key, last_type text not null, revision bigint not null, recorded_at timestamptz not null)`,
      );
      await manager.query(
        `create index if not exists ${q(`${tables.stream_last_events}_type`)} on ${last} (last_type)`,
      );
    },
    async apply(manager, events, tables) {
      for (const event of events) {
        if (faults.poison?.(event)) throw new Error(`cannot project ${event.type} (poison)`);
        await applyOne(manager, event, tables);
      }
      if (faults.failAfterWrite) throw new Error('failing after the rows were written');
    },
    checksumQueries: (tables) => [
      `select stream_id, events, revision from ${q(tables.stream_counts)} order by stream_id`,
      `select stream_id, last_type, revision, recorded_at from ${q(tables.stream_last_events)} order by stream_id`,
    ],
  };
}

async function applyOne(manager: EntityManager, event: RecordedEvent, tables: TableNames): Promise<void> {
  const revision = event.revision.toString();
  await manager.query(
    `insert into ${q(tables.stream_counts)} as t (stream_id, events, revision) values ($1, 1, $2)
     on conflict (stream_id) do update set events = t.events + 1, revision = excluded.revision where t.revision < excluded.revision`,
    [event.streamId, revision],
  );
  await manager.query(
    `insert into ${q(tables.stream_last_events)} as t (stream_id, last_type, revision, recorded_at) values ($1, $2, $3, $4)
     on conflict (stream_id) do update set last_type = excluded.last_type, revision = excluded.revision, recorded_at = excluded.recorded_at
     where t.revision < excluded.revision`,
    [event.streamId, event.type, revision, event.recordedAt],
  );
}

function q(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The same projection under another name, its tables suffixed, reading other streams: a second read model beside it. */
export function renamedStreamCounts(name: string, suffix: string, streamPrefixes: readonly string[]): Projection {
  return renamedProjection(streamCountsProjection({}, name), suffix, streamPrefixes);
}

/** A projection over tables of its own (`<table><suffix>`), reading other streams. */
export function renamedProjection(
  projection: Projection,
  suffix: string,
  streamPrefixes: readonly string[],
): Projection {
  const inner = (tables: TableNames): TableNames =>
    Object.fromEntries(projection.tables.map((table) => [table, tables[`${table}${suffix}`]]));
  return {
    ...projection,
    tables: projection.tables.map((table) => `${table}${suffix}`),
    streamPrefixes,
    createTables: (manager, tables) => projection.createTables(manager, inner(tables)),
    apply: (manager, events, tables) => projection.apply(manager, events, inner(tables)),
    checksumQueries: (tables) => projection.checksumQueries(inner(tables)),
  };
}
