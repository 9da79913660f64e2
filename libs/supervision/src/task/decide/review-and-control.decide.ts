/** After completion, the look-back review (回头看); at any time, suspend (中止), resume and cancel (撤销). */
import { instantOf } from '../../kernel/calendar';
import { requireSupervisor, requireText } from '../../kernel/command-guards';
import { requireLeadUnit } from '../task.access';
import type {
  CancelTask,
  CloseLookBackReview,
  OpenLookBackReview,
  ReportRectification,
  ResumeTask,
  SuspendTask,
} from '../task.commands';
import { attachmentsField, requireAttachments } from '../task.attachments';
import type { TaskCommandContext } from '../task.context';
import { idTaken, requireStatus } from '../task.errors';
import type { TaskEvent } from '../task.events';
import { OPEN_STATUSES, currentLookBackReview, type LookBackReview, type Task } from '../task.state';
import { PROBE_REASON, PROBE_TEXT, freshId } from './probes';
import type { TaskDecisions } from './task-decisions';

export function openLookBackReview(
  { type, data }: OpenLookBackReview,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireSupervisor(context, type);
  requireStatus(task, ['completed'], type, 'TASK_NOT_COMPLETED');
  const reviewId = requireText(data.reviewId, 'reviewId');
  if (task.lookBackReviews.some((r) => r.reviewId === reviewId))
    throw idTaken('REVIEW_ID_TAKEN', 'look-back review', reviewId, task);
  return [
    {
      type: 'LookBackReviewOpened',
      data: { reviewId, findings: requireText(data.findings, 'findings'), openedAt: instantOf(context.now) },
    },
  ];
}

export function reportRectification(
  { type, data }: ReportRectification,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireLeadUnit(context, task, type);
  const review = reviewUnderWay(type, task);
  const summary = requireText(data.summary, 'summary');
  const attachments = requireAttachments(data.attachments);
  return [
    {
      type: 'RectificationReported',
      data: {
        reviewId: review.reviewId,
        summary,
        reportedAt: instantOf(context.now),
        ...attachmentsField(attachments),
      },
    },
  ];
}

export function closeLookBackReview(
  { type, data }: CloseLookBackReview,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireSupervisor(context, type);
  const review = reviewUnderWay(type, task);
  return [
    {
      type: 'LookBackReviewClosed',
      data: {
        reviewId: review.reviewId,
        conclusion: requireText(data.conclusion, 'conclusion'),
        closedAt: instantOf(context.now),
      },
    },
  ];
}

function reviewUnderWay(type: string, task: Task): LookBackReview {
  requireStatus(task, ['under_review'], type, 'NO_LOOK_BACK_REVIEW_OPEN');
  const review = currentLookBackReview(task);
  if (!review) throw new Error(`task ${task.taskId} is under review without an open review`); // cannot happen: evolve opens one
  return review;
}

export function suspendTask({ type, data }: SuspendTask, task: Task, context: TaskCommandContext): TaskEvent[] {
  requireSupervisor(context, type);
  requireStatus(task, OPEN_STATUSES, type, 'TASK_NOT_OPEN');
  return [
    {
      type: 'TaskSuspended',
      data: {
        reason: requireText(data.reason, 'reason'),
        previousStatus: task.status,
        suspendedAt: instantOf(context.now),
      },
    },
  ];
}

/** Resuming returns the task to exactly the status it was suspended from. */
export function resumeTask({ type, data }: ResumeTask, task: Task, context: TaskCommandContext): TaskEvent[] {
  requireSupervisor(context, type);
  requireStatus(task, ['suspended'], type, 'TASK_NOT_SUSPENDED');
  const resumedStatus = task.suspendedFrom;
  if (resumedStatus === null) throw new Error(`task ${task.taskId} is suspended without a status to resume to`); // cannot happen: evolve records it
  return [
    {
      type: 'TaskResumed',
      data: { reason: requireText(data.reason, 'reason'), resumedStatus, resumedAt: instantOf(context.now) },
    },
  ];
}

/** Any status but cancelled (refused before we get here): cancelled is terminal. */
export function cancelTask({ type, data }: CancelTask, task: Task, context: TaskCommandContext): TaskEvent[] {
  requireSupervisor(context, type);
  return [
    {
      type: 'TaskCancelled',
      data: {
        reason: requireText(data.reason, 'reason'),
        previousStatus: task.status,
        cancelledAt: instantOf(context.now),
      },
    },
  ];
}

/** This group's commands, in the order a client offers them (task.allowed-commands.ts). */
/** This group's commands, in the order a client offers them, with their decide functions and probes (see ASSIGNMENT_DECISIONS). */
export const REVIEW_AND_CONTROL_DECISIONS = {
  OpenLookBackReview: {
    decide: openLookBackReview,
    probes: (task) => [
      {
        type: 'OpenLookBackReview',
        data: { reviewId: freshId(task.lookBackReviews.map((r) => r.reviewId)), findings: PROBE_TEXT },
      },
    ],
  },
  ReportRectification: {
    decide: reportRectification,
    probes: () => [{ type: 'ReportRectification', data: { summary: PROBE_TEXT } }],
  },
  CloseLookBackReview: {
    decide: closeLookBackReview,
    probes: () => [{ type: 'CloseLookBackReview', data: { conclusion: PROBE_TEXT } }],
  },
  SuspendTask: { decide: suspendTask, probes: () => [{ type: 'SuspendTask', data: PROBE_REASON }] },
  ResumeTask: { decide: resumeTask, probes: () => [{ type: 'ResumeTask', data: PROBE_REASON }] },
  CancelTask: { decide: cancelTask, probes: () => [{ type: 'CancelTask', data: PROBE_REASON }] },
} satisfies Partial<TaskDecisions>;
