/**
 * The status transition: which status an event leaves a task in. The one place it is written: the
 * domain's evolve and every read model that keeps a task's status (the deadline watcher's) use it.
 */
import type { TaskEvent, TaskStatus } from './task.events';

export function taskStatusAfter(status: TaskStatus, event: TaskEvent): TaskStatus {
  switch (event.type) {
    case 'TaskIssued':
    case 'ResponsibilityReassigned':
      return 'issued';
    case 'TaskAcknowledged':
      return 'acknowledged';
    case 'TaskSentBack':
      return 'sent_back';
    case 'WorkPlanSubmitted':
    case 'CompletionReturned':
      return 'in_progress';
    case 'CompletionReported':
      return 'completion_reported';
    case 'CompletionAccepted':
    case 'LookBackReviewClosed':
      return 'completed';
    case 'LookBackReviewOpened':
      return 'under_review';
    case 'TaskSuspended':
      return 'suspended';
    case 'TaskResumed':
      return event.data.resumedStatus;
    case 'TaskCancelled':
      return 'cancelled';
    case 'MilestoneCompleted':
    case 'ProgressReported':
    case 'InstructionRecorded':
    case 'UrgeNoticeIssued':
    case 'DeadlineExtensionRequested':
    case 'DeadlineExtended':
    case 'DeadlineExtensionRejected':
    case 'DeadlineMissed':
    case 'CooperationRequested':
    case 'CooperationProvided':
    case 'OutcomeRecorded':
    case 'CompletionCountersigned':
    case 'RectificationReported':
    case 'TaskRated':
      return status;
    default: {
      // Exhaustive at compile time; an unknown (newer) event type at run time leaves the status as it was.
      event satisfies never;
      return status;
    }
  }
}
