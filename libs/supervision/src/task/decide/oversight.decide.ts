/** Oversight while the task is open: instructions (批示), urges (催办), missed deadlines, deadline extensions. */
import { calendarDateOf, hasDeadlinePassed, instantOf } from '../../kernel/calendar';
import { requireCalendarDate, requireSupervisor, requireText } from '../../kernel/command-guards';
import { RuleBroken, StateConflict } from '../../kernel/domain-errors';
import { requireLeadUnit, requireTaskLeader } from '../task.access';
import type {
  ApproveDeadlineExtension,
  IssueUrgeNotice,
  RecordInstruction,
  RecordMissedDeadline,
  RejectDeadlineExtension,
  RequestDeadlineExtension,
} from '../task.commands';
import type { TaskCommandContext } from '../task.context';
import { idTaken, requireStatus, subEntityNotFound } from '../task.errors';
import type { TaskEvent } from '../task.events';
import { OPEN_STATUSES, openExtensionRequest, type ExtensionRequest, type Task } from '../task.state';
import { PROBE_REASON, PROBE_TEXT, dayAfter, freshId } from './probes';
import type { TaskDecisions } from './task-decisions';

export function recordInstruction(
  { type, data }: RecordInstruction,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  const leaderId = requireTaskLeader(context, task, type);
  requireStatus(task, OPEN_STATUSES, type, 'TASK_NOT_OPEN');
  return [
    {
      type: 'InstructionRecorded',
      data: { leaderId, text: requireText(data.text, 'text'), recordedAt: instantOf(context.now) },
    },
  ];
}

export function issueUrgeNotice({ type, data }: IssueUrgeNotice, task: Task, context: TaskCommandContext): TaskEvent[] {
  requireSupervisor(context, type);
  requireStatus(task, OPEN_STATUSES, type, 'TASK_NOT_OPEN');
  const urgeId = requireText(data.urgeId, 'urgeId');
  if (task.urges.some((u) => u.urgeId === urgeId)) throw idTaken('URGE_ID_TAKEN', 'urge notice', urgeId, task);
  const reason = requireText(data.reason, 'reason');
  const replyDueOn = requireCalendarDate(data.replyDueOn, 'replyDueOn');
  const today = calendarDateOf(context.now);
  if (replyDueOn < today)
    throw new RuleBroken('REPLY_DUE_IN_PAST', `the reply cannot be due on ${replyDueOn}, before today (${today})`, {
      replyDueOn,
      today,
    });
  return [{ type: 'UrgeNoticeIssued', data: { urgeId, reason, replyDueOn, issuedAt: instantOf(context.now) } }];
}

/**
 * The deadline watcher's command. Idempotent: a deadline already recorded as missed gives no event,
 * so several watchers may send it. Refused once the task is completed (or under look-back review).
 */
export function recordMissedDeadline(
  { type, data }: RecordMissedDeadline,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireSupervisor(context, type);
  const deadline = requireCalendarDate(data.deadline, 'deadline');
  if (task.missedDeadlines.some((m) => m.deadline === deadline)) return [];
  requireStatus(
    task,
    ['issued', 'sent_back', 'acknowledged', 'in_progress', 'completion_reported', 'suspended'],
    type,
    'TASK_ALREADY_COMPLETED',
  );
  if (deadline !== task.deadline) {
    throw new StateConflict('DEADLINE_NOT_CURRENT', `${deadline} is not the deadline in force (${task.deadline})`, {
      deadline,
      currentDeadline: task.deadline,
    });
  }
  if (!hasDeadlinePassed(deadline, context.now))
    throw new RuleBroken('DEADLINE_NOT_PASSED', `the deadline ${deadline} has not passed yet`, { deadline });
  return [{ type: 'DeadlineMissed', data: { deadline, recordedAt: instantOf(context.now) } }];
}

/** Before the deadline day only (today < deadline, Beijing), to a later date, one open request at a time. */
export function requestDeadlineExtension(
  { type, data }: RequestDeadlineExtension,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireLeadUnit(context, task, type);
  requireStatus(task, ['acknowledged', 'in_progress'], type, 'TASK_NOT_UNDER_WAY');
  const pending = openExtensionRequest(task);
  if (pending)
    throw new StateConflict('EXTENSION_ALREADY_PENDING', `extension request ${pending.requestId} awaits a decision`, {
      requestId: pending.requestId,
    });
  const requestId = requireText(data.requestId, 'requestId');
  if (task.extensionRequests.some((r) => r.requestId === requestId))
    throw idTaken('EXTENSION_REQUEST_ID_TAKEN', 'extension request', requestId, task);
  const requestedDeadline = requireCalendarDate(data.requestedDeadline, 'requestedDeadline');
  const reason = requireText(data.reason, 'reason');
  const today = calendarDateOf(context.now);
  if (today >= task.deadline) {
    throw new RuleBroken(
      'EXTENSION_TOO_LATE',
      `an extension must be asked before the deadline ${task.deadline} (today is ${today})`,
      { deadline: task.deadline, today },
    );
  }
  if (requestedDeadline <= task.deadline) {
    throw new RuleBroken(
      'EXTENSION_NOT_LATER',
      `the date asked for (${requestedDeadline}) is not after the current deadline ${task.deadline}`,
      {
        requestedDeadline,
        deadline: task.deadline,
      },
    );
  }
  return [
    {
      type: 'DeadlineExtensionRequested',
      data: {
        requestId,
        currentDeadline: task.deadline,
        requestedDeadline,
        reason,
        requestedAt: instantOf(context.now),
      },
    },
  ];
}

export function approveDeadlineExtension(
  { type, data }: ApproveDeadlineExtension,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  const request = openRequestToDecide(type, data.requestId, task, context);
  return [
    {
      type: 'DeadlineExtended',
      data: {
        requestId: request.requestId,
        previousDeadline: task.deadline,
        newDeadline: request.requestedDeadline,
        extendedAt: instantOf(context.now),
      },
    },
  ];
}

export function rejectDeadlineExtension(
  { type, data }: RejectDeadlineExtension,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  const request = openRequestToDecide(type, data.requestId, task, context);
  const reason = requireText(data.reason, 'reason');
  return [
    {
      type: 'DeadlineExtensionRejected',
      data: { requestId: request.requestId, reason, rejectedAt: instantOf(context.now) },
    },
  ];
}

function openRequestToDecide(
  type: string,
  requestId: string,
  task: Task,
  context: TaskCommandContext,
): ExtensionRequest {
  requireSupervisor(context, type);
  requireStatus(task, OPEN_STATUSES, type, 'TASK_NOT_OPEN');
  const request = task.extensionRequests.find((r) => r.requestId === requestId);
  if (!request) throw subEntityNotFound('EXTENSION_REQUEST_NOT_FOUND', 'extension request', requestId, task);
  if (request.decision !== 'open') {
    throw new StateConflict(
      'EXTENSION_REQUEST_ALREADY_DECIDED',
      `extension request ${requestId} was already ${request.decision}`,
      { requestId, decision: request.decision },
    );
  }
  return request;
}

/** This group's commands, in the order a client offers them, with their decide functions and probes (see ASSIGNMENT_DECISIONS). */
export const OVERSIGHT_DECISIONS = {
  RecordInstruction: {
    decide: recordInstruction,
    probes: () => [{ type: 'RecordInstruction', data: { text: PROBE_TEXT } }],
  },
  IssueUrgeNotice: {
    decide: issueUrgeNotice,
    probes: (task) => [
      {
        type: 'IssueUrgeNotice',
        data: { urgeId: freshId(task.urges.map((u) => u.urgeId)), reason: PROBE_TEXT, replyDueOn: '9999-12-31' },
      },
    ],
  },
  // The deadline watcher's: a person never sends it, so it is never offered (NOT_OFFERED) and has no probe.
  RecordMissedDeadline: { decide: recordMissedDeadline, probes: () => [] },
  RequestDeadlineExtension: {
    decide: requestDeadlineExtension,
    probes: (task) => [
      {
        type: 'RequestDeadlineExtension',
        data: {
          requestId: freshId(task.extensionRequests.map((r) => r.requestId)),
          requestedDeadline: dayAfter(task.deadline),
          reason: PROBE_TEXT,
        },
      },
    ],
  },
  ApproveDeadlineExtension: {
    decide: approveDeadlineExtension,
    probes: (task) =>
      task.extensionRequests
        .filter((r) => r.decision === 'open')
        .map((r) => ({ type: 'ApproveDeadlineExtension', data: { requestId: r.requestId } })),
  },
  RejectDeadlineExtension: {
    decide: rejectDeadlineExtension,
    probes: (task) =>
      task.extensionRequests
        .filter((r) => r.decision === 'open')
        .map((r) => ({ type: 'RejectDeadlineExtension', data: { requestId: r.requestId, ...PROBE_REASON } })),
  },
} satisfies Partial<TaskDecisions>;
