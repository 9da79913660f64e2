/** Closing the work: countersign (会签), completion report (完成情况汇报), accept (办结) or return (退回重办), rating (评价). */
import { instantOf } from '../../kernel/calendar';
import { orNull, requireOneOf, requireSupervisor, requireText } from '../../kernel/command-guards';
import { RuleBroken, StateConflict } from '../../kernel/domain-errors';
import { requireCoUnit, requireLeadUnit } from '../task.access';
import {
  RATINGS,
  type AcceptCompletion,
  type CountersignCompletion,
  type RateTask,
  type ReportCompletion,
  type ReturnCompletion,
} from '../task.commands';
import { attachmentsField, requireAttachments } from '../task.attachments';
import type { TaskCommandContext } from '../task.context';
import { requireStatus, subEntityNotFound } from '../task.errors';
import type { TaskEvent } from '../task.events';
import { countersignOf, missingCountersigns, type Task } from '../task.state';
import { PROBE_REASON, PROBE_TEXT } from './probes';
import type { TaskDecisions } from './task-decisions';

/** Each co-unit countersigns once per completion report; a returned completion clears the countersigns. */
export function countersignCompletion(
  { type, data }: CountersignCompletion,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  const unitId = requireCoUnit(context, task, type);
  requireStatus(task, ['in_progress'], type, 'TASK_NOT_IN_PROGRESS');
  const earlier = countersignOf(task, unitId);
  if (earlier)
    throw new StateConflict('ALREADY_COUNTERSIGNED', `unit ${unitId} countersigned at ${earlier.countersignedAt}`, {
      unitId,
    });
  return [
    {
      type: 'CompletionCountersigned',
      data: { unitId, comment: orNull(data.comment), countersignedAt: instantOf(context.now) },
    },
  ];
}

/** Needs a work plan and every co-unit's countersign; `outcomes` defaults to every outcome recorded. */
export function reportCompletion(
  { type, data }: ReportCompletion,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireLeadUnit(context, task, type);
  if (task.plan === null && ['issued', 'sent_back', 'acknowledged'].includes(task.status)) {
    throw new RuleBroken(
      'WORK_PLAN_REQUIRED',
      `no completion report before a work plan (task ${task.code} is ${task.status})`,
      { status: task.status },
    );
  }
  requireStatus(task, ['in_progress'], type, 'TASK_NOT_IN_PROGRESS');
  const summary = requireText(data.summary, 'summary');
  const attachments = requireAttachments(data.attachments);
  const missingUnitIds = missingCountersigns(task);
  if (missingUnitIds.length > 0) {
    throw new RuleBroken(
      'COUNTERSIGNS_MISSING',
      `the completion report needs the countersign of ${missingUnitIds.join(', ')}`,
      { missingUnitIds },
    );
  }
  const outcomeIds = data.outcomes ? [...new Set(data.outcomes)] : task.outcomes.map((o) => o.outcomeId);
  const unknown = outcomeIds.find((id) => !task.outcomes.some((o) => o.outcomeId === id));
  if (unknown !== undefined) throw subEntityNotFound('OUTCOME_NOT_FOUND', 'outcome', unknown, task);
  return [
    {
      type: 'CompletionReported',
      data: { summary, outcomeIds, reportedAt: instantOf(context.now), ...attachmentsField(attachments) },
    },
  ];
}

export function acceptCompletion(
  { type, data }: AcceptCompletion,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireSupervisor(context, type);
  requireStatus(task, ['completion_reported'], type, 'COMPLETION_NOT_REPORTED');
  return [{ type: 'CompletionAccepted', data: { comment: orNull(data.comment), acceptedAt: instantOf(context.now) } }];
}

export function returnCompletion(
  { type, data }: ReturnCompletion,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireSupervisor(context, type);
  requireStatus(task, ['completion_reported'], type, 'COMPLETION_NOT_REPORTED');
  return [
    {
      type: 'CompletionReturned',
      data: { reason: requireText(data.reason, 'reason'), returnedAt: instantOf(context.now) },
    },
  ];
}

/** A completed task may be rated again: the new rating replaces the old (both stay in the log); the same rating again is a no-op. */
export function rateTask({ type, data }: RateTask, task: Task, context: TaskCommandContext): TaskEvent[] {
  requireSupervisor(context, type);
  requireStatus(task, ['completed'], type, 'TASK_NOT_COMPLETED');
  const rating = requireOneOf(data.rating, RATINGS, 'rating');
  const previousRating = task.rating?.rating ?? null;
  if (previousRating === rating) return [];
  return [{ type: 'TaskRated', data: { rating, previousRating, ratedAt: instantOf(context.now) } }];
}

/** This group's commands, in the order a client offers them (task.allowed-commands.ts). */
/** This group's commands, in the order a client offers them, with their decide functions and probes (see ASSIGNMENT_DECISIONS). */
export const COMPLETION_DECISIONS = {
  CountersignCompletion: {
    decide: countersignCompletion,
    probes: () => [{ type: 'CountersignCompletion', data: {} }],
  },
  ReportCompletion: {
    decide: reportCompletion,
    probes: () => [{ type: 'ReportCompletion', data: { summary: PROBE_TEXT } }],
  },
  AcceptCompletion: { decide: acceptCompletion, probes: () => [{ type: 'AcceptCompletion', data: {} }] },
  ReturnCompletion: { decide: returnCompletion, probes: () => [{ type: 'ReturnCompletion', data: PROBE_REASON }] },
  RateTask: { decide: rateTask, probes: () => [{ type: 'RateTask', data: { rating: 'good' } }] },
} satisfies Partial<TaskDecisions>;
