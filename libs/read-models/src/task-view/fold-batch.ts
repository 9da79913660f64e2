/** The writers' shared first step: load the views a batch touches (one query), fold the batch onto them in memory (once for all writers, see fold-once.ts). */
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@app/event-store';
import type { Task } from '@app/supervision';
import { ident } from '../sql/sql-params';
import { foldOnce } from './fold-once';
import { groupByTask, type TaskView } from './task-view';

export interface ChangedView extends TaskView {
  readonly taskId: string;
}

/** `table` must have the columns task_id, revision and state (the folded Task as jsonb). */
export async function foldBatchOnto(
  manager: EntityManager,
  table: string,
  events: readonly RecordedEvent[],
): Promise<ChangedView[]> {
  const groups = groupByTask(events);
  if (groups.size === 0) return [];
  const rows: { task_id: string; revision: string; state: Task }[] = await manager.query(
    `select task_id, revision, state from ${ident(table)} where task_id = any($1::text[])`,
    [[...groups.keys()]],
  );
  const current = new Map(rows.map((row) => [row.task_id, { revision: Number(row.revision), state: row.state }]));
  const changed: ChangedView[] = [];
  for (const [taskId, taskEvents] of groups) {
    const before = current.get(taskId);
    const after = foldOnce(before, taskEvents);
    if (after && after !== before) changed.push({ taskId, ...after });
  }
  return changed;
}
