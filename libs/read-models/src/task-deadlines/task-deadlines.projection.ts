/**
 * `task-deadlines`: the deadline watcher's projection (one row per task, see task-deadline.evolve.ts).
 * A batch loads the rows of its streams in one query, folds the events in memory and writes the changed rows in one statement.
 */
import type { EntityManager } from 'typeorm';
import { TASK_STREAM_PREFIX, type TaskStatus, decodeTaskEvent } from '@app/supervision';
import type { Projection, TableNames } from '@app/projector';
import { ident } from '../sql/sql-params';
import {
  bigint,
  checksumQuery,
  createTable,
  defineTable,
  text,
  textArray,
  upsertRows,
  type RowOf,
  type StoredRowOf,
} from '../sql/read-model-table';
import { evolveTaskDeadline, type TaskDeadline } from './task-deadline.evolve';

export const TASK_DEADLINES = 'task-deadlines';
const TABLE = 'task_deadlines';

export const TASK_DEADLINES_TABLE = defineTable({
  name: TABLE,
  version: 1,
  columns: {
    task_id: text(),
    /** 'YYYY-MM-DD', compared as text (the watcher's today is one too). */
    deadline: text(),
    status: text<TaskStatus>(),
    missed_deadlines: textArray(),
    urge_ids: textArray(),
    revision: bigint(),
  },
  key: ['task_id'],
  indexes: [{ suffix: 'deadline', columns: ['deadline'] }],
});

type TaskDeadlineRecord = StoredRowOf<typeof TASK_DEADLINES_TABLE.columns>;

export const taskDeadlinesProjection: Projection = {
  name: TASK_DEADLINES,
  schemaVersion: TASK_DEADLINES_TABLE.shapeVersion,
  tables: [TABLE],
  streamPrefixes: [TASK_STREAM_PREFIX],
  createTables: (manager, tables) => createTable(manager, TASK_DEADLINES_TABLE, tables[TABLE]),
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
    // Never moves a row back: a row already at a later revision stays as it is.
    await upsertRows(manager, TASK_DEADLINES_TABLE, tables[TABLE], [...changed.values()].map(recordOf), {
      onConflict: 'revision',
    });
  },
  checksumQueries: (tables) => [checksumQuery(TASK_DEADLINES_TABLE, tables[TABLE])],
};

async function loadRows(
  manager: EntityManager,
  tables: TableNames,
  streamIds: string[],
): Promise<Map<string, TaskDeadline>> {
  const taskIds = streamIds.map((streamId) => streamId.slice(TASK_STREAM_PREFIX.length));
  const records: TaskDeadlineRecord[] = await manager.query(
    `select ${TASK_DEADLINES_TABLE.columnNames.map(ident).join(', ')} from ${ident(tables[TABLE])} where task_id = any($1)`,
    [taskIds],
  );
  return new Map(records.map((record) => [TASK_STREAM_PREFIX + record.task_id, toTaskDeadline(record)]));
}

function recordOf(row: TaskDeadline): RowOf<typeof TASK_DEADLINES_TABLE.columns> {
  return {
    task_id: row.taskId,
    deadline: row.deadline,
    status: row.status,
    missed_deadlines: row.missedDeadlines,
    urge_ids: row.urgeIds,
    revision: Number(row.revision),
  };
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
  return ident(name);
}
