/**
 * The task board's table, declared once, and its row: the domain's board entry (what the board
 * filters, sorts and shows, plus the inputs of the clock-dependent flags) and the folded Task. The
 * flags themselves are never stored: they change with time, not with events; task-flags.sql.ts
 * turns the inputs into them at query time.
 */
import { boardEntryOf, type Task, type TaskStatus } from '@app/supervision';
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

export const TASK_BOARD = 'task_board';

export const TASK_BOARD_TABLE = defineTable({
  name: TASK_BOARD,
  // 2: an index per indexed sort (key, task_id), so that a page is read in order and stops at its limit.
  version: 2,
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
    { suffix: 'deadline', columns: ['deadline'], where: 'not finished' },
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
