/**
 * A task as the ledger (督办台账) lists it: the one place a board entry is built from a task. The
 * board's read model stores it (task-board table), the detail view shows it, the audit's board as of
 * a moment replays it. The clock-dependent flags are not here: deriveTaskFlags (or its SQL twin on
 * the board) adds them as of the moment asked.
 */
import { completedOnTime, isCompleted, isFinished, staleSince } from './task-flags';
import { openUrges, type Task } from './task.state';
import type { TaskStatus } from './task.events';

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
