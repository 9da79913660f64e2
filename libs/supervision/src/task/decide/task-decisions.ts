/**
 * The shape of the decide groups in this folder: each exports a record from its command types to
 * their decide functions and probes, and task.decide.ts spreads them into one record over every
 * command on an issued task, so a command without a decide function or a probe does not compile.
 */
import type { IssueTask, TaskCommand } from '../task.commands';
import type { Actor } from '../../kernel/actor';
import type { TaskCommandContext } from '../task.context';
import type { TaskEvent } from '../task.events';
import type { Task } from '../task.state';

/** A command on a task that exists: every command but IssueTask. */
export type IssuedTaskCommand = Exclude<TaskCommand, IssueTask>;
export type IssuedTaskCommandType = IssuedTaskCommand['type'];
export type IssuedTaskCommandOf<T extends IssuedTaskCommandType> = Extract<IssuedTaskCommand, { type: T }>;

export interface TaskDecision<T extends IssuedTaskCommandType> {
  readonly decide: (command: IssuedTaskCommandOf<T>, task: Task, context: TaskCommandContext) => TaskEvent[];
  /**
   * Well-formed commands of this type on this task (the open extension request, an uncompleted
   * milestone, a fresh id, a date after the deadline), none when there is nothing to act on: the
   * command is offered to an actor when decide takes one of them (task.allowed-commands.ts).
   */
  readonly probes: (task: Task, actor: Actor) => IssuedTaskCommandOf<T>[];
}

/** One decide function and its probes per command type; a group's record `satisfies Partial<TaskDecisions>`. */
export type TaskDecisions = { readonly [T in IssuedTaskCommandType]: TaskDecision<T> };
