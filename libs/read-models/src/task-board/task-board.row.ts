/**
 * The task board, declared in one place: its entry (a task as the ledger (督办台账) lists it: what the
 * board filters, sorts and shows, plus the inputs of the clock-dependent flags), the one function that
 * builds it from a task, and the table that stores it with the folded Task. A board column is its field
 * in TaskBoardEntry, its line in boardEntryOf and its `holds` line in the table.
 *
 * The entry is built here and nowhere else: the board's projection stores it, the task detail shows it,
 * the audit's board as of a moment replays it. The flags themselves are never stored: they change with
 * time, not with events; task-flags.sql.ts turns the inputs into them at query time (deriveTaskFlags,
 * its twin in the domain, for the detail and the audit).
 */
import {
  completedOnTime,
  isCompleted,
  isFinished,
  openUrges,
  staleSince,
  type Task,
  type TaskStatus,
} from '@app/supervision';
import type { TaskView } from '../task-view/task-view';
import {
  bigint,
  boolean,
  date,
  defineTable,
  holds,
  integer,
  jsonb,
  nullable,
  rowFrom,
  text,
  textArray,
  timestamptz,
  type RowOf,
} from '../sql/read-model-table';

export interface TaskBoardEntry {
  readonly taskId: string;
  /** The stream revision of the last event folded in. */
  readonly revision: number;
  readonly programmeId: string;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly category: string;
  readonly status: TaskStatus;
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  readonly leadLeaderId: string;
  /** The deadline in force (moved by approved extensions). */
  readonly deadline: string;
  readonly originalDeadline: string;
  readonly issuedAt: string;
  readonly updatedAt: string;
  readonly completedAt: string | null;
  /** Completed (accepted) or cancelled: no longer measured against the deadline, so no light. */
  readonly finished: boolean;
  /** Accepted (办结), also while under look-back review: what the on-time rate counts. */
  readonly completed: boolean;
  readonly completedOnTime: boolean;
  /** When in progress: the last report (or the plan before any): stale counts from here. Null otherwise. */
  readonly staleSince: string | null;
  readonly progressPercent: number | null;
  readonly openUrges: number;
}

export function boardEntryOf(task: Task, revision: number): TaskBoardEntry {
  return {
    taskId: task.taskId,
    revision,
    programmeId: task.programmeId,
    code: task.code,
    title: task.title,
    description: task.description,
    category: task.category,
    status: task.status,
    leadUnitId: task.leadUnitId,
    coUnitIds: [...task.coUnitIds],
    leadLeaderId: task.leadLeaderId,
    deadline: task.deadline,
    originalDeadline: task.originalDeadline,
    issuedAt: task.issuedAt,
    updatedAt: task.updatedAt,
    completedAt: task.completedAt,
    finished: isFinished(task),
    completed: isCompleted(task),
    completedOnTime: completedOnTime(task),
    staleSince: staleSince(task),
    progressPercent: task.progress.latest?.percent ?? null,
    openUrges: openUrges(task).length,
  };
}

export const TASK_BOARD = 'task_board';

export const TASK_BOARD_TABLE = defineTable({
  name: TASK_BOARD,
  // 2: an index per indexed sort (key, task_id), so that a page is read in order and stops at its limit.
  // 3: the open tasks by deadline and task id (the lights and overdue imply an open task: their page is
  // read from it in order), and status with what the lights compare, so that counting a status and light
  // filter reads that index alone.
  version: 3,
  columns: {
    task_id: holds('taskId', text()),
    revision: holds('revision', bigint()),
    programme_id: holds('programmeId', text()),
    code: holds('code', text()),
    title: holds('title', text()),
    description: holds('description', text()),
    category: holds('category', text()),
    status: holds('status', text<TaskStatus>()),
    lead_unit_id: holds('leadUnitId', text()),
    co_unit_ids: holds('coUnitIds', textArray()),
    lead_leader_id: holds('leadLeaderId', text()),
    deadline: holds('deadline', date()),
    original_deadline: holds('originalDeadline', date()),
    issued_at: holds('issuedAt', timestamptz()),
    updated_at: holds('updatedAt', timestamptz()),
    completed_at: holds('completedAt', nullable(timestamptz())),
    finished: holds('finished', boolean()),
    completed: holds('completed', boolean()),
    completed_on_time: holds('completedOnTime', boolean()),
    stale_since: holds('staleSince', nullable(timestamptz())),
    progress_percent: holds('progressPercent', nullable(integer())),
    open_urges: holds('openUrges', integer()),
    /** The folded Task, so the next batch can go on folding with the domain's evolve. */
    state: jsonb<Task>(),
  },
  key: ['task_id'],
  indexes: [
    { suffix: 'programme', columns: ['programme_id', 'status'] },
    { suffix: 'open_by_deadline', columns: ['deadline', 'task_id'], where: 'not finished' },
    { suffix: 'status', columns: ['status', 'finished', 'deadline'] },
    { suffix: 'lead_unit', columns: ['lead_unit_id'] },
    { suffix: 'co_units', columns: ['co_unit_ids'], using: 'gin' },
    { suffix: 'leader', columns: ['lead_leader_id'] },
    { suffix: 'by_deadline', columns: ['deadline', 'task_id'] },
    { suffix: 'by_issued', columns: ['issued_at', 'task_id'] },
    { suffix: 'by_updated', columns: ['updated_at', 'task_id'] },
    { suffix: 'by_code', columns: ['code', 'task_id'] },
    // Free text is an ILIKE over title and description, correct with or without pg_trgm; the trigram
    // index (which works on Chinese with a UTF-8 cluster) makes it fast. Without the extension every search scans.
    {
      suffix: 'text_trgm',
      expression: "title || ' ' || description",
      using: 'gin',
      opclass: 'gin_trgm_ops',
      extension: 'pg_trgm',
    },
  ],
});

export type TaskBoardRow = RowOf<typeof TASK_BOARD_TABLE.columns>;

export function boardRowOf(taskId: string, view: TaskView): TaskBoardRow {
  return rowFrom(TASK_BOARD_TABLE, { ...boardEntryOf(view.state, view.revision), taskId, state: view.state });
}
