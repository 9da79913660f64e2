/** Refusals on tasks, named once so that codes stay stable for the API and its clients. */
import { NotFound, RuleBroken, StateConflict } from '../kernel/domain-errors';
import type { Task, TaskStatus } from './task.state';

export const taskNotFound = (commandType: string) =>
  new NotFound('TASK_NOT_FOUND', `no such task (${commandType} refused)`, { command: commandType });

export const taskAlreadyIssued = (task: Task) =>
  new StateConflict('TASK_ALREADY_ISSUED', `task ${task.taskId} is already issued`, {
    taskId: task.taskId,
    status: task.status,
  });

export const taskCancelled = (task: Task, commandType: string) =>
  new StateConflict(
    'TASK_CANCELLED',
    `task ${task.code} is cancelled: no command is accepted (${commandType} refused)`,
    { taskId: task.taskId, command: commandType },
  );

/** The status does not allow the command; `code` says what is missing, e.g. COMPLETION_NOT_REPORTED. */
export function requireStatus(task: Task, allowed: readonly TaskStatus[], commandType: string, code: string): void {
  if (allowed.includes(task.status)) return;
  throw new StateConflict(
    code,
    `${commandType} is not possible while task ${task.code} is ${task.status} (possible when ${allowed.join(' or ')})`,
    {
      taskId: task.taskId,
      command: commandType,
      status: task.status,
      allowedStatuses: [...allowed],
    },
  );
}

export const subEntityNotFound = (code: string, what: string, id: string, task: Task) =>
  new NotFound(code, `task ${task.code} has no ${what} ${id}`, { taskId: task.taskId, id });

export const idTaken = (code: string, what: string, id: string, task: Task) =>
  new StateConflict(code, `task ${task.code} already has a ${what} ${id}`, { taskId: task.taskId, id });

export const ruleBroken = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new RuleBroken(code, message, details);
