/**
 * The task detail: the whole folded Task (plan, milestones, progress, urges, extension requests,
 * co-operation, outcomes, countersigns, rating, look-back reviews) as one jsonb document per task,
 * with the stream revision it reflects (the detail's ETag). Flags are derived when read, not stored.
 */
import { TASK_STREAM_PREFIX, type Task } from '@app/supervision';
import type { EntityManager } from 'typeorm';
import type { Projection } from '@app/projector';
import { ident } from '../sql/sql-params';
import { upsertRows, type Column } from '../sql/upsert-rows';
import { foldBatchOnto } from '../task-view/fold-batch';
import type { TaskView } from '../task-view/task-view';

export const TASK_DETAILS = 'task_details';

const COLUMNS: readonly Column[] = [
  { name: 'task_id', type: 'text' },
  { name: 'revision', type: 'bigint' },
  { name: 'state', type: 'jsonb' },
];

export const taskDetailProjection: Projection = {
  name: 'task-detail',
  schemaVersion: 1,
  tables: [TASK_DETAILS],
  streamPrefixes: [TASK_STREAM_PREFIX],
  async createTables(manager, tables) {
    await manager.query(`create table if not exists ${ident(tables[TASK_DETAILS])} (task_id text primary key, revision bigint not null, state jsonb not null)`);
  },
  async apply(manager, events, tables) {
    const changed = await foldBatchOnto(manager, tables[TASK_DETAILS], events);
    const rows = changed.map((view) => ({ task_id: view.taskId, revision: view.revision, state: view.state }));
    await upsertRows(manager, tables[TASK_DETAILS], COLUMNS, rows, { key: ['task_id'], onConflict: 'revision' });
  },
  checksumQueries: (tables) => [`select task_id, revision, state from ${ident(tables[TASK_DETAILS])} order by task_id`],
};

/** The live detail of one task, or undefined when the read model has no such task. */
export async function findTaskDetail(manager: EntityManager, taskId: string): Promise<TaskView | undefined> {
  const rows: { revision: string; state: Task }[] = await manager.query(`select revision, state from ${TASK_DETAILS} where task_id = $1`, [taskId]);
  return rows[0] ? { revision: Number(rows[0].revision), state: rows[0].state } : undefined;
}
