/**
 * Who may act on a task. A unit member acts only for their own unit, a leader only on tasks they
 * lead; the supervisor's own checks live in kernel/command-guards.ts.
 */
import type { CommandContext } from '../kernel/actor';
import { AccessDenied } from '../kernel/domain-errors';
import type { Reporter } from './task.events';
import type { Task } from './task.state';

export const isLeadUnit = ({ actor }: CommandContext, task: Task): boolean =>
  actor.role === 'unit' && actor.unitId === task.leadUnitId;
export const isTaskLeader = ({ actor }: CommandContext, task: Task): boolean =>
  actor.role === 'leader' && actor.userId === task.leadLeaderId;
export const isCoUnit = ({ actor }: CommandContext, task: Task): boolean =>
  actor.role === 'unit' && actor.unitId !== undefined && task.coUnitIds.includes(actor.unitId);

function denied(code: string, who: string, context: CommandContext, task: Task, commandType: string): AccessDenied {
  const { userId, role, unitId } = context.actor;
  return new AccessDenied(code, `only ${who} of task ${task.code} may ${commandType}`, {
    command: commandType,
    taskId: task.taskId,
    userId,
    role,
    unitId: unitId ?? null,
  });
}

export function requireLeadUnit(context: CommandContext, task: Task, commandType: string): string {
  if (!isLeadUnit(context, task))
    throw denied('LEAD_UNIT_ONLY', `the lead unit (${task.leadUnitId})`, context, task, commandType);
  return task.leadUnitId;
}

export function requireLeadUnitOrLeader(context: CommandContext, task: Task, commandType: string): void {
  if (!isLeadUnit(context, task) && !isTaskLeader(context, task))
    throw denied('LEAD_UNIT_OR_LEADER_ONLY', 'the lead unit or the leader in charge', context, task, commandType);
}

export function requireTaskLeader(context: CommandContext, task: Task, commandType: string): string {
  if (!isTaskLeader(context, task))
    throw denied('TASK_LEADER_ONLY', 'the leader in charge', context, task, commandType);
  return task.leadLeaderId;
}

export function requireCoUnit(context: CommandContext, task: Task, commandType: string): string {
  if (!isCoUnit(context, task)) throw denied('CO_UNIT_ONLY', 'a co-operating unit', context, task, commandType);
  return context.actor.unitId as string;
}

/** The lead unit or a co-unit (co-units add their own input); returns the acting unit. */
export function requireTaskUnit(context: CommandContext, task: Task, commandType: string): string {
  if (!isLeadUnit(context, task) && !isCoUnit(context, task))
    throw denied('TASK_UNIT_ONLY', 'the lead unit or a co-operating unit', context, task, commandType);
  return context.actor.unitId as string;
}

/** Progress may come from the lead unit, the leader in charge, or a co-unit (its own input). */
export function requireReporter(context: CommandContext, task: Task, commandType: string): Reporter {
  if (isLeadUnit(context, task)) return { kind: 'lead_unit', id: task.leadUnitId };
  if (isTaskLeader(context, task)) return { kind: 'leader', id: task.leadLeaderId };
  if (isCoUnit(context, task)) return { kind: 'co_unit', id: context.actor.unitId as string };
  throw denied(
    'TASK_UNIT_OR_LEADER_ONLY',
    'the lead unit, a co-operating unit or the leader in charge',
    context,
    task,
    commandType,
  );
}

export function requireUnit(
  context: CommandContext,
  unitId: string,
  task: Task,
  commandType: string,
  code: string,
): void {
  const { actor } = context;
  if (actor.role !== 'unit' || actor.unitId !== unitId)
    throw denied(code, `unit ${unitId}`, context, task, commandType);
}

/**
 * Who may read a task in full (its plan, reports, instructions, co-operation, outcomes, history):
 * a unit member only when their unit leads it or co-operates on it; every other role may. The
 * board's row (title, status, deadline, flags) is not private and stays visible to all.
 */
export function mayReadTaskInFull(actor: CommandContext['actor'], task: Task): boolean {
  if (actor.role !== 'unit') return true;
  return actor.unitId === task.leadUnitId || (actor.unitId !== undefined && task.coUnitIds.includes(actor.unitId));
}
