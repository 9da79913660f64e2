/**
 * The deadline watcher's only read: tasks whose deadline in force lies before today (Beijing) and
 * that may still need an act — the missed deadline not yet recorded, or, when urging, no urge yet.
 * Most overdue tasks get recorded once and then drop out, so this stays small.
 */
import type { EntityManager } from 'typeorm';
import type { TaskStatus } from '@app/supervision';
import { quoted, toTaskDeadline } from './task-deadlines.projection';
import type { TaskDeadline } from './task-deadline.evolve';

export interface OverdueQuery {
  /** 'YYYY-MM-DD', today in Beijing: a deadline before it has passed. */
  readonly today: string;
  /** Statuses in which a missed deadline can be recorded. */
  readonly recordable: readonly TaskStatus[];
  /** When urging: the statuses in which a task may be urged, and the urge id for a deadline is `urgeIdPrefix + deadline`. */
  readonly urging?: { readonly statuses: readonly TaskStatus[]; readonly urgeIdPrefix: string };
  readonly limit: number;
}

export async function findOverdueTasks(manager: EntityManager, query: OverdueQuery): Promise<TaskDeadline[]> {
  const records = await manager.query(
    `select task_id, deadline, status, missed_deadlines, urge_ids, revision from ${quoted('task_deadlines')}
     where deadline < $1
       and ((status = any($2) and not (deadline = any(missed_deadlines)))
         or ($3::text is not null and status = any($4) and not (($3 || deadline) = any(urge_ids))))
     order by deadline, task_id
     limit $5`,
    [query.today, query.recordable, query.urging?.urgeIdPrefix ?? null, query.urging?.statuses ?? [], query.limit],
  );
  return records.map(toTaskDeadline);
}
