/** The work itself, once acknowledged: plan (打算), progress, milestones, outcomes, co-operation between units. */
import { instantOf } from '../../kernel/calendar';
import { isList, orNull, requireCalendarDate, requireOneOf, requireText } from '../../kernel/command-guards';
import { InvalidCommand, RuleBroken, StateConflict } from '../../kernel/domain-errors';
import {
  requireLeadUnit,
  requireLeadUnitOrLeader,
  requireReporter,
  requireTaskUnit,
  requireUnit,
} from '../task.access';
import {
  OUTCOME_KINDS,
  type CompleteMilestone,
  type ProvideCooperation,
  type RecordOutcome,
  type ReportProgress,
  type RequestCooperation,
  type SubmitWorkPlan,
} from '../task.commands';
import { attachmentsField, requireAttachments } from '../task.attachments';
import type { TaskCommandContext } from '../task.context';
import { idTaken, requireStatus, subEntityNotFound } from '../task.errors';
import type { TaskEvent } from '../task.events';
import type { Task } from '../task.state';
import { PROBE_TEXT, freshId } from './probes';
import type { TaskDecisions } from './task-decisions';

export function submitWorkPlan({ type, data }: SubmitWorkPlan, task: Task, context: TaskCommandContext): TaskEvent[] {
  requireLeadUnitOrLeader(context, task, type);
  requireStatus(task, ['acknowledged'], type, 'TASK_NOT_ACKNOWLEDGED');
  const plan = requireText(data.plan, 'plan');
  if (!isList(data.milestones))
    throw new InvalidCommand('INVALID_MILESTONES', 'milestones must be a list', { field: 'milestones' });
  const milestones = data.milestones.map((m, i) => ({
    milestoneId: requireText(m.milestoneId, `milestones[${i}].milestoneId`),
    title: requireText(m.title, `milestones[${i}].title`),
    dueOn: requireCalendarDate(m.dueOn, `milestones[${i}].dueOn`),
  }));
  const ids = milestones.map((m) => m.milestoneId);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length > 0)
    throw new InvalidCommand('DUPLICATE_MILESTONE_IDS', `milestone ids repeat: ${duplicates.join(', ')}`, {
      duplicates,
    });
  return [{ type: 'WorkPlanSubmitted', data: { plan, milestones, submittedAt: instantOf(context.now) } }];
}

export function reportProgress({ type, data }: ReportProgress, task: Task, context: TaskCommandContext): TaskEvent[] {
  const reportedBy = requireReporter(context, task, type);
  requireStatus(task, ['in_progress'], type, 'TASK_NOT_IN_PROGRESS');
  const summary = requireText(data.summary, 'summary');
  const attachments = requireAttachments(data.attachments);
  if (!Number.isInteger(data.percent) || data.percent < 0 || data.percent > 100) {
    throw new InvalidCommand('PERCENT_OUT_OF_RANGE', 'percent must be a whole number from 0 to 100', {
      percent: data.percent ?? null,
    });
  }
  const answersUrgeId = orNull(data.answersUrgeId);
  if (answersUrgeId !== null) {
    const urge = task.urges.find((u) => u.urgeId === answersUrgeId);
    if (!urge) throw subEntityNotFound('URGE_NOT_FOUND', 'urge notice', answersUrgeId, task);
    if (urge.answeredAt !== null)
      throw new StateConflict(
        'URGE_ALREADY_ANSWERED',
        `urge notice ${answersUrgeId} was answered at ${urge.answeredAt}`,
        { urgeId: answersUrgeId },
      );
  }
  return [
    {
      type: 'ProgressReported',
      data: {
        summary,
        percent: data.percent,
        answersUrgeId,
        reportedBy,
        reportedAt: instantOf(context.now),
        ...attachmentsField(attachments),
      },
    },
  ];
}

export function completeMilestone(
  { type, data }: CompleteMilestone,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireLeadUnit(context, task, type);
  requireStatus(task, ['in_progress'], type, 'TASK_NOT_IN_PROGRESS');
  const milestone = task.milestones.find((m) => m.milestoneId === data.milestoneId);
  if (!milestone) throw subEntityNotFound('MILESTONE_NOT_FOUND', 'milestone', data.milestoneId, task);
  if (milestone.completedAt !== null) {
    throw new StateConflict(
      'MILESTONE_ALREADY_COMPLETED',
      `milestone ${milestone.milestoneId} was completed at ${milestone.completedAt}`,
      { milestoneId: milestone.milestoneId },
    );
  }
  return [
    { type: 'MilestoneCompleted', data: { milestoneId: milestone.milestoneId, completedAt: instantOf(context.now) } },
  ];
}

export function recordOutcome({ type, data }: RecordOutcome, task: Task, context: TaskCommandContext): TaskEvent[] {
  const unitId = requireTaskUnit(context, task, type);
  requireStatus(task, ['in_progress'], type, 'TASK_NOT_IN_PROGRESS');
  const outcomeId = requireText(data.outcomeId, 'outcomeId');
  if (task.outcomes.some((o) => o.outcomeId === outcomeId))
    throw idTaken('OUTCOME_ID_TAKEN', 'outcome', outcomeId, task);
  const kind = requireOneOf(data.kind, OUTCOME_KINDS, 'kind');
  const title = requireText(data.title, 'title');
  const attachments = requireAttachments(data.attachments);
  return [
    {
      type: 'OutcomeRecorded',
      data: {
        outcomeId,
        kind,
        title,
        description: orNull(data.description),
        unitId,
        recordedAt: instantOf(context.now),
        ...attachmentsField(attachments),
      },
    },
  ];
}

export function requestCooperation(
  { type, data }: RequestCooperation,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  const requestedByUnitId = requireTaskUnit(context, task, type);
  requireStatus(task, ['in_progress'], type, 'TASK_NOT_IN_PROGRESS');
  const requestId = requireText(data.requestId, 'requestId');
  if (task.cooperationRequests.some((r) => r.requestId === requestId))
    throw idTaken('COOPERATION_REQUEST_ID_TAKEN', 'co-operation request', requestId, task);
  const fromUnitId = requireText(data.fromUnitId, 'fromUnitId');
  if (fromUnitId === requestedByUnitId)
    throw new RuleBroken('COOPERATION_WITH_OWN_UNIT', 'a unit cannot ask itself for co-operation', {
      unitId: fromUnitId,
    });
  const subject = requireText(data.subject, 'subject');
  return [
    {
      type: 'CooperationRequested',
      data: { requestId, requestedByUnitId, fromUnitId, subject, requestedAt: instantOf(context.now) },
    },
  ];
}

/** Only the unit that was asked answers, once. */
export function provideCooperation(
  { type, data }: ProvideCooperation,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  // Before the look-up: a unit with no part in the task would otherwise learn from 404 and 403 which request ids exist.
  const { actor } = context;
  const askedOfThisTask = task.cooperationRequests.some((r) => r.fromUnitId === actor.unitId);
  if (actor.role === 'unit' && !askedOfThisTask) requireTaskUnit(context, task, type);
  const request = task.cooperationRequests.find((r) => r.requestId === data.requestId);
  if (!request) throw subEntityNotFound('COOPERATION_REQUEST_NOT_FOUND', 'co-operation request', data.requestId, task);
  requireUnit(context, request.fromUnitId, task, type, 'ASKED_UNIT_ONLY');
  requireStatus(task, ['in_progress'], type, 'TASK_NOT_IN_PROGRESS');
  if (request.providedAt !== null) {
    throw new StateConflict(
      'COOPERATION_ALREADY_PROVIDED',
      `co-operation request ${request.requestId} was answered at ${request.providedAt}`,
      { requestId: request.requestId },
    );
  }
  const response = requireText(data.response, 'response');
  return [
    {
      type: 'CooperationProvided',
      data: { requestId: request.requestId, unitId: request.fromUnitId, response, providedAt: instantOf(context.now) },
    },
  ];
}

/** This group's commands, in the order a client offers them (task.allowed-commands.ts). */
/** This group's commands, in the order a client offers them, with their decide functions and probes (see ASSIGNMENT_DECISIONS). */
export const WORK_DECISIONS = {
  SubmitWorkPlan: {
    decide: submitWorkPlan,
    probes: () => [{ type: 'SubmitWorkPlan', data: { plan: PROBE_TEXT, milestones: [] } }],
  },
  ReportProgress: {
    decide: reportProgress,
    probes: () => [{ type: 'ReportProgress', data: { summary: PROBE_TEXT, percent: 0 } }],
  },
  CompleteMilestone: {
    decide: completeMilestone,
    probes: (task) =>
      task.milestones
        .filter((m) => m.completedAt === null)
        .map((m) => ({ type: 'CompleteMilestone', data: { milestoneId: m.milestoneId } })),
  },
  RecordOutcome: {
    decide: recordOutcome,
    probes: (task) => [
      {
        type: 'RecordOutcome',
        data: { outcomeId: freshId(task.outcomes.map((o) => o.outcomeId)), kind: 'other', title: PROBE_TEXT },
      },
    ],
  },
  RequestCooperation: {
    decide: requestCooperation,
    probes: (task, actor) => [
      {
        type: 'RequestCooperation',
        data: {
          requestId: freshId(task.cooperationRequests.map((r) => r.requestId)),
          fromUnitId: freshId([actor.unitId ?? '']),
          subject: PROBE_TEXT,
        },
      },
    ],
  },
  ProvideCooperation: {
    decide: provideCooperation,
    probes: (task) =>
      task.cooperationRequests.map((r) => ({
        type: 'ProvideCooperation',
        data: { requestId: r.requestId, response: PROBE_TEXT },
      })),
  },
} satisfies Partial<TaskDecisions>;
