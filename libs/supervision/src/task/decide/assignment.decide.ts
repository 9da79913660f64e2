/** Issue and hand-over: issue (立项交办), acknowledge (签收), send back (退回), reassign (改派). */
import { calendarDateOf, instantOf } from '../../kernel/calendar';
import { isList, requireCalendarDate, requireSupervisor, requireText } from '../../kernel/command-guards';
import { InvalidCommand, RuleBroken } from '../../kernel/domain-errors';
import { requireLeadUnit } from '../task.access';
import type { AcknowledgeTask, IssueTask, ReassignResponsibility, SendBackTask } from '../task.commands';
import { MissingLookup, type TaskCommandContext } from '../task.context';
import { requireStatus, taskAlreadyIssued } from '../task.errors';
import type { TaskEvent } from '../task.events';
import { checkResponsibility } from '../task.responsibility';
import { isIssued, type Task, type TaskState } from '../task.state';
import { PROBE_REASON } from './probes';
import type { TaskDecisions } from './task-decisions';

export function issueTask({ type, data }: IssueTask, state: TaskState, context: TaskCommandContext): TaskEvent[] {
  requireSupervisor(context, type);
  if (isIssued(state)) throw taskAlreadyIssued(state);
  for (const field of ['taskId', 'programmeId', 'code', 'title', 'category', 'leadLeaderId', 'leadUnitId'] as const)
    requireText(data[field], field);
  if (typeof data.description !== 'string')
    throw new InvalidCommand('TEXT_REQUIRED', 'description must be a text', { field: 'description' });
  if (!isList(data.coUnitIds))
    throw new InvalidCommand('INVALID_CO_UNITS', 'coUnitIds must be a list of unit ids', { field: 'coUnitIds' });
  const deadline = requireCalendarDate(data.deadline, 'deadline');
  const today = calendarDateOf(context.now);
  if (deadline < today)
    throw new RuleBroken('DEADLINE_IN_PAST', `the deadline ${deadline} is already past (today is ${today})`, {
      deadline,
      today,
    });
  checkProgramme(type, data.programmeId, context);
  if (!context.directory) throw new MissingLookup(type, 'directory');
  checkResponsibility(context.directory, data);
  const { taskId, programmeId, code, title, description, category, leadLeaderId, leadUnitId } = data;
  return [
    {
      type: 'TaskIssued',
      data: {
        taskId,
        programmeId,
        code,
        title,
        description,
        category,
        leadLeaderId,
        leadUnitId,
        coUnitIds: [...data.coUnitIds],
        deadline,
        issuedAt: instantOf(context.now),
      },
    },
  ];
}

function checkProgramme(type: string, programmeId: string, { programme }: TaskCommandContext): void {
  if (!programme) throw new MissingLookup(type, 'programme');
  if (programme.status === 'not_launched' || programme.programmeId !== programmeId) {
    throw new RuleBroken('UNKNOWN_PROGRAMME', `programme ${programmeId} was never launched`, { programmeId });
  }
  if (programme.status === 'closed')
    throw new RuleBroken('PROGRAMME_CLOSED', `programme ${programmeId} is closed: no task can be added`, {
      programmeId,
    });
}

export function acknowledgeTask({ type }: AcknowledgeTask, task: Task, context: TaskCommandContext): TaskEvent[] {
  const unitId = requireLeadUnit(context, task, type);
  requireStatus(task, ['issued'], type, 'TASK_NOT_AWAITING_ACKNOWLEDGEMENT');
  return [{ type: 'TaskAcknowledged', data: { unitId, acknowledgedAt: instantOf(context.now) } }];
}

export function sendBackTask({ type, data }: SendBackTask, task: Task, context: TaskCommandContext): TaskEvent[] {
  const unitId = requireLeadUnit(context, task, type);
  requireStatus(task, ['issued'], type, 'TASK_NOT_AWAITING_ACKNOWLEDGEMENT');
  const reason = requireText(data.reason, 'reason');
  return [{ type: 'TaskSentBack', data: { unitId, reason, sentBackAt: instantOf(context.now) } }];
}

/** Only a task sent back is reassigned; the leader in charge stays unless a new one is named. */
export function reassignResponsibility(
  { type, data }: ReassignResponsibility,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  requireSupervisor(context, type);
  requireStatus(task, ['sent_back'], type, 'TASK_NOT_SENT_BACK');
  const reason = requireText(data.reason, 'reason');
  requireText(data.leadUnitId, 'leadUnitId');
  if (!isList(data.coUnitIds))
    throw new InvalidCommand('INVALID_CO_UNITS', 'coUnitIds must be a list of unit ids', { field: 'coUnitIds' });
  const leadLeaderId = data.leadLeaderId ?? task.leadLeaderId;
  if (!context.directory) throw new MissingLookup(type, 'directory');
  checkResponsibility(context.directory, { leadLeaderId, leadUnitId: data.leadUnitId, coUnitIds: data.coUnitIds });
  return [
    {
      type: 'ResponsibilityReassigned',
      data: {
        leadUnitId: data.leadUnitId,
        coUnitIds: [...data.coUnitIds],
        leadLeaderId,
        previousLeadUnitId: task.leadUnitId,
        previousCoUnitIds: [...task.coUnitIds],
        previousLeadLeaderId: task.leadLeaderId,
        reason,
        reassignedAt: instantOf(context.now),
      },
    },
  ];
}

/** This group's commands, in the order a client offers them (task.allowed-commands.ts). */
/**
 * This group's commands, in the order a client offers them, each with its decide function and its
 * probes (task.allowed-commands.ts): well-formed bodies built from the task, none when there is
 * nothing to act on.
 */
export const ASSIGNMENT_DECISIONS = {
  AcknowledgeTask: { decide: acknowledgeTask, probes: () => [{ type: 'AcknowledgeTask', data: {} }] },
  SendBackTask: { decide: sendBackTask, probes: () => [{ type: 'SendBackTask', data: PROBE_REASON }] },
  ReassignResponsibility: {
    decide: reassignResponsibility,
    probes: (task) => [
      {
        type: 'ReassignResponsibility',
        data: { ...PROBE_REASON, leadUnitId: task.leadUnitId, coUnitIds: task.coUnitIds },
      },
    ],
  },
} satisfies Partial<TaskDecisions>;
