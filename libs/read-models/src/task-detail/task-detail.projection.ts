/**
 * The task detail: the whole folded Task (plan, milestones, progress, urges, extension requests,
 * co-operation, outcomes, countersigns, rating, look-back reviews) as one jsonb document per task,
 * with the stream revision it reflects (the detail's ETag). Flags are derived when read, not stored.
 */
import { TASK_STATE_VERSION, TASK_STREAM_PREFIX, type Task } from '@app/supervision';
import type { EntityManager } from 'typeorm';
import { queryPrepared, type Projection } from '@app/projector';
import {
  bigint,
  checksumQuery,
  createTable,
  defineTable,
  jsonb,
  schemaVersionOf,
  text,
  upsertRows,
  type StoredRowOf,
} from '../sql/read-model-table';
import { foldBatchOnto } from '../task-view/fold-batch';
import type { TaskView } from '../task-view/task-view';
import { namesFromJson, namesJson, type OrganisationNames } from '../organisation/organisation.projection';

export const TASK_DETAILS = 'task_details';

export const TASK_DETAILS_TABLE = defineTable({
  name: TASK_DETAILS,
  version: 1,
  columns: { task_id: text(), revision: bigint(), state: jsonb<Task>() },
  key: ['task_id'],
});

export const taskDetailProjection: Projection = {
  name: 'task-detail',
  // The rows are the whole Task: a new Task shape rebuilds the detail instead of failing to read old rows.
  schemaVersion: schemaVersionOf(TASK_DETAILS_TABLE.shapeVersion, TASK_STATE_VERSION),
  tables: [TASK_DETAILS],
  streamPrefixes: [TASK_STREAM_PREFIX],
  createTables: (manager, tables) => createTable(manager, TASK_DETAILS_TABLE, tables[TASK_DETAILS]),
  async apply(manager, events, tables) {
    const changed = await foldBatchOnto(manager, tables[TASK_DETAILS], events);
    const rows = changed.map((view) => ({ task_id: view.taskId, revision: view.revision, state: view.state }));
    await upsertRows(manager, TASK_DETAILS_TABLE, tables[TASK_DETAILS], rows, { onConflict: 'revision' });
  },
  checksumQueries: (tables) => [checksumQuery(TASK_DETAILS_TABLE, tables[TASK_DETAILS])],
};

/** The live detail of one task, or undefined when the read model has no such task. */
export async function findTaskDetail(manager: EntityManager, taskId: string): Promise<TaskView | undefined> {
  const rows: Pick<StoredRowOf<typeof TASK_DETAILS_TABLE.columns>, 'revision' | 'state'>[] = await manager.query(
    `select revision, state from ${TASK_DETAILS} where task_id = $1`,
    [taskId],
  );
  return rows[0] ? { revision: Number(rows[0].revision), state: rows[0].state } : undefined;
}

/** The live detail with the names of the units, lead leader and programme it mentions, in one statement. */
export async function findNamedTaskDetail(
  manager: EntityManager,
  taskId: string,
): Promise<(TaskView & { readonly names: OrganisationNames }) | undefined> {
  const rows = await queryPrepared<{ revision: string; state: Task; names: Parameters<typeof namesFromJson>[0] }>(
    manager,
    `select d.revision, d.state, ${namesJson({
      units: `select d.state->>'leadUnitId' union select jsonb_array_elements_text(d.state->'coUnitIds')`,
      officials: `select d.state->>'leadLeaderId'`,
      programmes: `select d.state->>'programmeId'`,
    })} as names from ${TASK_DETAILS} d where d.task_id = $1`,
    [taskId],
  );
  const [row] = rows;
  return row ? { revision: Number(row.revision), state: row.state, names: namesFromJson(row.names) } : undefined;
}
