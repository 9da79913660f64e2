/**
 * The shape of the decide groups in this folder: each exports a record from its command types to
 * their decide functions, and task.decide.ts spreads them into one record over every command on an
 * issued task, so a command without a decide function does not compile.
 */
import type { IssueTask, TaskCommand } from '../task.commands';
import type { TaskCommandContext } from '../task.context';
import type { TaskEvent } from '../task.events';
import type { Task } from '../task.state';

/** A command on a task that exists: every command but IssueTask. */
export type IssuedTaskCommand = Exclude<TaskCommand, IssueTask>;
export type IssuedTaskCommandType = IssuedTaskCommand['type'];
export type IssuedTaskCommandOf<T extends IssuedTaskCommandType> = Extract<IssuedTaskCommand, { type: T }>;

export type TaskDecision<T extends IssuedTaskCommandType> = (
  command: IssuedTaskCommandOf<T>,
  task: Task,
  context: TaskCommandContext,
) => TaskEvent[];

/** One decide function per command type; a group's record `satisfies Partial<TaskDecisions>`. */
export type TaskDecisions = { readonly [T in IssuedTaskCommandType]: TaskDecision<T> };
