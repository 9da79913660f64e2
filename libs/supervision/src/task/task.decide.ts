/**
 * decide for tasks: one record over the lifecycle phases in ./decide, each of which maps its command
 * types to their decide functions. The order of refusals is the same for every command: a role that
 * issues no command (403), no such task (404), a cancelled task (409), then the command's own access
 * (403), status (409) and rules (422, 400).
 */
import { requireCommandingRole } from '../kernel/command-guards';
import { InvalidCommand } from '../kernel/domain-errors';
import { ASSIGNMENT_DECISIONS, issueTask } from './decide/assignment.decide';
import { COMPLETION_DECISIONS } from './decide/completion.decide';
import { OVERSIGHT_DECISIONS } from './decide/oversight.decide';
import { REVIEW_AND_CONTROL_DECISIONS } from './decide/review-and-control.decide';
import type { IssuedTaskCommandOf, IssuedTaskCommandType, TaskDecisions } from './decide/task-decisions';
import { WORK_DECISIONS } from './decide/work.decide';
import type { TaskCommand } from './task.commands';
import type { TaskCommandContext } from './task.context';
import { taskCancelled, taskNotFound } from './task.errors';
import type { TaskEvent } from './task.events';
import { isIssued, type Task, type TaskState } from './task.state';

/**
 * Every command on an issued task, its decide function and its probes: the compiler fails when a
 * command type has none. The order of the groups (and within each) is the order a client offers the commands.
 */
export const TASK_DECISIONS: TaskDecisions = {
  ...ASSIGNMENT_DECISIONS,
  ...WORK_DECISIONS,
  ...OVERSIGHT_DECISIONS,
  ...COMPLETION_DECISIONS,
  ...REVIEW_AND_CONTROL_DECISIONS,
};

export function decideTask(command: TaskCommand, state: TaskState, context: TaskCommandContext): TaskEvent[] {
  requireCommandingRole(context, command.type);
  if (command.type === 'IssueTask') return issueTask(command, state, context);
  if (!isIssued(state)) throw taskNotFound(command.type);
  if (state.status === 'cancelled') throw taskCancelled(state, command.type);
  if (!Object.hasOwn(TASK_DECISIONS, command.type)) {
    const unknown: { type: string } = command;
    throw new InvalidCommand('UNKNOWN_COMMAND', `unknown task command ${unknown.type}`);
  }
  return decideOnIssuedTask(command.type, command, state, context);
}

function decideOnIssuedTask<T extends IssuedTaskCommandType>(
  type: T,
  command: IssuedTaskCommandOf<T>,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  return TASK_DECISIONS[type].decide(command, task, context);
}
