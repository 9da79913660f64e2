/**
 * The deadline watcher's read model, as pure data: per task, the deadline in force, the status, the
 * deadlines already recorded as missed and the urge ids issued. Just enough to find overdue tasks.
 */
import type { TaskEvent, TaskStatus } from '@app/supervision';

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
  switch (event.type) {
    case 'TaskAcknowledged':
      return { ...row, status: 'acknowledged' };
    case 'TaskSentBack':
      return { ...row, status: 'sent_back' };
    case 'ResponsibilityReassigned':
      return { ...row, status: 'issued' };
    case 'WorkPlanSubmitted':
    case 'CompletionReturned':
      return { ...row, status: 'in_progress' };
    case 'CompletionReported':
      return { ...row, status: 'completion_reported' };
    case 'CompletionAccepted':
    case 'LookBackReviewClosed':
      return { ...row, status: 'completed' };
    case 'LookBackReviewOpened':
      return { ...row, status: 'under_review' };
    case 'TaskSuspended':
      return { ...row, status: 'suspended' };
    case 'TaskResumed':
      return { ...row, status: event.data.resumedStatus };
    case 'TaskCancelled':
      return { ...row, status: 'cancelled' };
    case 'DeadlineExtended':
      return { ...row, deadline: event.data.newDeadline };
    case 'DeadlineMissed':
      return row.missedDeadlines.includes(event.data.deadline) ? row : { ...row, missedDeadlines: [...row.missedDeadlines, event.data.deadline] };
    case 'UrgeNoticeIssued':
      return { ...row, urgeIds: [...row.urgeIds, event.data.urgeId] };
    case 'MilestoneCompleted':
    case 'ProgressReported':
    case 'InstructionRecorded':
    case 'DeadlineExtensionRequested':
    case 'DeadlineExtensionRejected':
    case 'CooperationRequested':
    case 'CooperationProvided':
    case 'OutcomeRecorded':
    case 'CompletionCountersigned':
    case 'RectificationReported':
    case 'TaskRated':
      return row;
    default: {
      // Exhaustive at compile time; an unknown (newer) event type at run time changes nothing here.
      event satisfies never;
      return row;
    }
  }
}
