/**
 * What the notifier knows of a task, folded from the task's own events (not read from another read
 * model, which may be ahead of or behind the notifier): whom it concerns, its deadline in force, its
 * open urges and when anyone last worked on it. Pure.
 */
import type { TaskEvent, TaskStatus } from '@app/supervision';
import { calendarDateOf } from '@app/supervision';

export interface OpenUrge {
  readonly urgeId: string;
  readonly replyDueOn: string;
}

export interface NotifierTask {
  readonly taskId: string;
  readonly code: string;
  readonly title: string;
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  readonly leadLeaderId: string;
  readonly deadline: string;
  readonly status: TaskStatus;
  readonly openUrges: readonly OpenUrge[];
  readonly countersignedUnitIds: readonly string[];
  /** Beijing date of the last act of the units or the leader on it (issue counts): what "no progress for N days" counts from. */
  readonly lastActivityOn: string;
  readonly revision: bigint;
}

/** Statuses in which the units still owe work: reminders go only to those tasks. */
export const OPEN_STATUSES: readonly TaskStatus[] = [
  'issued',
  'sent_back',
  'acknowledged',
  'in_progress',
  'completion_reported',
];

/** When the act happened by the command clock (the event's `<verb>At`), else when it was recorded. */
export function occurredAtOf(data: Record<string, unknown>, recordedAt: Date): string {
  const key = Object.keys(data).find((name) => name.endsWith('At') && typeof data[name] === 'string');
  return key ? (data[key] as string) : recordedAt.toISOString();
}

/** `occurredAt` is the act's instant (occurredAtOf). */
export function evolveNotifierTask(
  task: NotifierTask | null,
  event: TaskEvent,
  revision: bigint,
  occurredAt: string,
): NotifierTask | null {
  if (event.type === 'TaskIssued') {
    if (task) return task;
    const { taskId, code, title, leadUnitId, coUnitIds, leadLeaderId, deadline } = event.data;
    return {
      taskId,
      code,
      title,
      leadUnitId,
      coUnitIds,
      leadLeaderId,
      deadline,
      status: 'issued',
      openUrges: [],
      countersignedUnitIds: [],
      lastActivityOn: calendarDateOf(occurredAt),
      revision,
    };
  }
  if (!task || revision <= task.revision) return task;
  const next = { ...task, revision };
  const today = calendarDateOf(occurredAt);
  switch (event.type) {
    case 'TaskAcknowledged':
      return { ...next, status: 'acknowledged', lastActivityOn: today };
    case 'TaskSentBack':
      return { ...next, status: 'sent_back', lastActivityOn: today };
    case 'ResponsibilityReassigned':
      return {
        ...next,
        leadUnitId: event.data.leadUnitId,
        coUnitIds: event.data.coUnitIds,
        leadLeaderId: event.data.leadLeaderId,
        status: 'issued',
        countersignedUnitIds: [],
        lastActivityOn: today,
      };
    case 'WorkPlanSubmitted':
      return { ...next, status: 'in_progress', lastActivityOn: today };
    case 'MilestoneCompleted':
    case 'OutcomeRecorded':
    case 'CooperationProvided':
    case 'RectificationReported':
      return { ...next, lastActivityOn: today };
    case 'ProgressReported': {
      const answered = event.data.answersUrgeId;
      return {
        ...next,
        lastActivityOn: today,
        openUrges: answered ? task.openUrges.filter((urge) => urge.urgeId !== answered) : task.openUrges,
      };
    }
    case 'UrgeNoticeIssued':
      return {
        ...next,
        openUrges: [...task.openUrges, { urgeId: event.data.urgeId, replyDueOn: event.data.replyDueOn }],
      };
    case 'DeadlineExtended':
      return { ...next, deadline: event.data.newDeadline };
    case 'CompletionCountersigned':
      return {
        ...next,
        countersignedUnitIds: [...task.countersignedUnitIds, event.data.unitId],
        lastActivityOn: today,
      };
    case 'CompletionReported':
      return { ...next, status: 'completion_reported', lastActivityOn: today };
    case 'CompletionAccepted':
      return { ...next, status: 'completed', openUrges: [] };
    case 'CompletionReturned':
      // A returned completion clears the countersigns (the domain's rule): the co-units sign again.
      return { ...next, status: 'in_progress', countersignedUnitIds: [] };
    case 'LookBackReviewOpened':
      return { ...next, status: 'under_review' };
    case 'LookBackReviewClosed':
      return { ...next, status: 'completed' };
    case 'TaskSuspended':
      return { ...next, status: 'suspended' };
    case 'TaskResumed':
      return { ...next, status: event.data.resumedStatus, lastActivityOn: today };
    case 'TaskCancelled':
      return { ...next, status: 'cancelled', openUrges: [] };
    default:
      return next;
  }
}
