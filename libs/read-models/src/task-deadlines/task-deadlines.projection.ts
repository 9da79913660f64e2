/**
 * `task-deadlines`: the deadline watcher's projection (one row per task, see task-deadline.evolve.ts).
 * A batch loads the rows of its streams in one query, folds the events in memory and writes the changed rows in one statement.
 */
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@app/event-store';
import { TASK_STREAM_PREFIX, type TaskStatus, decodeTaskEvent } from '@app/supervision';
import type { Projection, TableNames } from '@app/projector';
import { evolveTaskDeadline, type TaskDeadline } from './task-deadline.evolve';

export const TASK_DEADLINES = 'task-deadlines';
const TABLE = 'task_deadlines';

interface TaskDeadlineRecord {
  task_id: string;
  deadline: string;
  status: TaskStatus;
  missed_deadlines: string[];
  urge_ids: string[];
  revision: string;
}

export const taskDeadlinesProjection: Projection = {
  name: TASK_DEADLINES,
  schemaVersion: 1,
  tables: [TABLE],
  streamPrefixes: [TASK_STREAM_PREFIX],
  async createTables(manager, tables) {
    const table = quoted(tables[TABLE]);
    await manager.query(
      `create table if not exists ${table} (
         task_id text primary key, deadline text not null, status text not null,
         missed_deadlines text[] not null default '{}', urge_ids text[] not null default '{}', revision bigint not null)`,
    );
    await manager.query(`create index if not exists ${quoted(`${tables[TABLE]}_deadline`)} on ${table} (deadline)`);
  },
  async apply(manager, events, tables) {
    const rows = await loadRows(manager, tables, [...new Set(events.map((event) => event.streamId))]);
    const changed = new Map<string, TaskDeadline>();
    for (const event of events) {
      const before = rows.get(event.streamId) ?? null;
      const after = evolveTaskDeadline(before, decodeTaskEvent(event), event.revision);
      if (after === null || after === before) continue;
      rows.set(event.streamId, after);
      changed.set(event.streamId, after);
    }
    await saveRows(manager, tables, [...changed.values()]);
  },
  checksumQueries: (tables) => [
    `select task_id, deadline, status, missed_deadlines, urge_ids, revision from ${quoted(tables[TABLE])} order by task_id`,
  ],
};

async function loadRows(manager: EntityManager, tables: TableNames, streamIds: string[]): Promise<Map<string, TaskDeadline>> {
  const taskIds = streamIds.map((streamId) => streamId.slice(TASK_STREAM_PREFIX.length));
  const records: TaskDeadlineRecord[] = await manager.query(
    `select task_id, deadline, status, missed_deadlines, urge_ids, revision from ${quoted(tables[TABLE])} where task_id = any($1)`,
    [taskIds],
  );
  return new Map(records.map((record) => [TASK_STREAM_PREFIX + record.task_id, toTaskDeadline(record)]));
}

/** One statement per batch. Never moves a row back: a row already at a later revision stays as it is. */
async function saveRows(manager: EntityManager, tables: TableNames, rows: readonly TaskDeadline[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map((row) => ({ task_id: row.taskId, deadline: row.deadline, status: row.status, missed: row.missedDeadlines, urges: row.urgeIds, revision: row.revision.toString() }));
  await manager.query(
    `insert into ${quoted(tables[TABLE])} as t (task_id, deadline, status, missed_deadlines, urge_ids, revision)
     select r.task_id, r.deadline, r.status,
       array(select e from jsonb_array_elements_text(r.missed) with ordinality as m(e, n) order by n),
       array(select e from jsonb_array_elements_text(r.urges) with ordinality as u(e, n) order by n), r.revision
     from jsonb_to_recordset($1::jsonb) as r(task_id text, deadline text, status text, missed jsonb, urges jsonb, revision bigint)
     on conflict (task_id) do update set deadline = excluded.deadline, status = excluded.status,
       missed_deadlines = excluded.missed_deadlines, urge_ids = excluded.urge_ids, revision = excluded.revision
     where t.revision < excluded.revision`,
    [JSON.stringify(records)],
  );
}

export function toTaskDeadline(record: TaskDeadlineRecord): TaskDeadline {
  return {
    taskId: record.task_id,
    deadline: record.deadline,
    status: record.status,
    missedDeadlines: record.missed_deadlines,
    urgeIds: record.urge_ids,
    revision: BigInt(record.revision),
  };
}

export function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
