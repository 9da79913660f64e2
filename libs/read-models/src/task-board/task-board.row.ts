/**
 * The task board's row: what the board filters, sorts and shows, plus the inputs of the clock-
 * dependent flags (deadline in force, finished, stale-since). The flags themselves are never stored:
 * they change with time, not with events; task-flags.sql.ts turns the inputs into them at query time.
 */
import { completedOnTime, openUrges, type Task } from '@app/supervision';
import type { TaskView } from '../task-view/task-view';
import type { Column } from '../sql/upsert-rows';

export interface TaskBoardRow {
  readonly task_id: string;
  readonly revision: number;
  readonly programme_id: string;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly category: string;
  readonly status: string;
  readonly lead_unit_id: string;
  readonly co_unit_ids: readonly string[];
  readonly lead_leader_id: string;
  /** The deadline in force (moved by approved extensions). */
  readonly deadline: string;
  readonly original_deadline: string;
  readonly issued_at: string;
  readonly updated_at: string;
  readonly completed_at: string | null;
  /** Completed (accepted) or cancelled: no longer measured against the deadline, so no light. */
  readonly finished: boolean;
  /** Accepted (办结), also while under look-back review: what the on-time rate counts. */
  readonly completed: boolean;
  readonly completed_on_time: boolean;
  /** When in progress: the last report (or the plan before any): stale counts from here. Null otherwise. */
  readonly stale_since: string | null;
  readonly progress_percent: number | null;
  readonly open_urges: number;
  /** The folded Task, so the next batch can go on folding with the domain's evolve. */
  readonly state: Task;
}

export const TASK_BOARD_COLUMNS: readonly Column[] = [
  { name: 'task_id', type: 'text' },
  { name: 'revision', type: 'bigint' },
  { name: 'programme_id', type: 'text' },
  { name: 'code', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'description', type: 'text' },
  { name: 'category', type: 'text' },
  { name: 'status', type: 'text' },
  { name: 'lead_unit_id', type: 'text' },
  { name: 'co_unit_ids', type: 'text[]' },
  { name: 'lead_leader_id', type: 'text' },
  { name: 'deadline', type: 'date' },
  { name: 'original_deadline', type: 'date' },
  { name: 'issued_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
  { name: 'completed_at', type: 'timestamptz' },
  { name: 'finished', type: 'boolean' },
  { name: 'completed', type: 'boolean' },
  { name: 'completed_on_time', type: 'boolean' },
  { name: 'stale_since', type: 'timestamptz' },
  { name: 'progress_percent', type: 'integer' },
  { name: 'open_urges', type: 'integer' },
  { name: 'state', type: 'jsonb' },
];

/** The same reading of "finished" and "stale since" as deriveTaskFlags; task-flags.sql.int.spec.ts holds them together. */
export function flagInputsOf(task: Task): Pick<TaskBoardRow, 'deadline' | 'finished' | 'stale_since'> {
  const finished = task.status === 'cancelled' || task.completedAt !== null;
  const staleSince = !finished && task.status === 'in_progress' ? (task.progress.lastReportedAt ?? task.plan?.submittedAt ?? null) : null;
  return { deadline: task.deadline, finished, stale_since: staleSince };
}

export function boardRowOf(taskId: string, view: TaskView): TaskBoardRow {
  const task = view.state;
  return {
    task_id: taskId,
    revision: view.revision,
    programme_id: task.programmeId,
    code: task.code,
    title: task.title,
    description: task.description,
    category: task.category,
    status: task.status,
    lead_unit_id: task.leadUnitId,
    co_unit_ids: [...task.coUnitIds],
    lead_leader_id: task.leadLeaderId,
    original_deadline: task.originalDeadline,
    issued_at: task.issuedAt,
    updated_at: task.updatedAt,
    completed_at: task.completedAt,
    completed: task.completedAt !== null && (task.status === 'completed' || task.status === 'under_review'),
    completed_on_time: completedOnTime(task),
    progress_percent: task.progress.latest?.percent ?? null,
    open_urges: openUrges(task).length,
    ...flagInputsOf(task),
    state: task,
  };
}
