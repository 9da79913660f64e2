/**
 * The deadline watcher's read model, as pure data: per task, the deadline in force, the status, the
 * deadlines already recorded as missed and the urge ids issued. Just enough to find overdue tasks.
 */
import { taskStatusAfter, type TaskEvent, type TaskStatus } from '@app/supervision';

export interface TaskDeadline {
  readonly taskId: string;
  /** The deadline in force, 'YYYY-MM-DD' (moved by approved extensions). */
  readonly deadline: string;
  readonly status: TaskStatus;
  /** Deadlines recorded as missed, in the order recorded. */
  readonly missedDeadlines: readonly string[];
  readonly urgeIds: readonly string[];
  /** The stream revision this row reflects: an event at or below it changes nothing. */
  readonly revision: bigint;
}

/** Applies one event of the task's stream; null until the task is issued. An already reflected revision is a no-op. */
export function evolveTaskDeadline(row: TaskDeadline | null, event: TaskEvent, revision: bigint): TaskDeadline | null {
  if (row !== null && revision <= row.revision) return row;
  if (event.type === 'TaskIssued') {
    const { taskId, deadline } = event.data;
    return { taskId, deadline, status: 'issued', missedDeadlines: [], urgeIds: [], revision };
  }
  if (row === null) return null;
  return { ...applyTo(row, event), revision };
}

function applyTo(row: TaskDeadline, event: Exclude<TaskEvent, { type: 'TaskIssued' }>): TaskDeadline {
  const status = taskStatusAfter(row.status, event);
  const moved = status === row.status ? row : { ...row, status };
  switch (event.type) {
    case 'DeadlineExtended':
      return { ...moved, deadline: event.data.newDeadline };
    case 'DeadlineMissed':
      return moved.missedDeadlines.includes(event.data.deadline)
        ? moved
        : { ...moved, missedDeadlines: [...moved.missedDeadlines, event.data.deadline] };
    case 'UrgeNoticeIssued':
      return { ...moved, urgeIds: [...moved.urgeIds, event.data.urgeId] };
    default:
      // The status is the domain's transition (taskStatusAfter); no other event changes what the watcher keeps.
      return moved;
  }
}
