/**
 * Which commands an actor may send on a task as it stands: what a client offers (buttons, forms).
 * Decided by decide itself, not by a second list of rules: each command is tried with its probes,
 * well-formed bodies built from the task that its decide group declares beside the decide function
 * (the open extension request, an uncompleted milestone, a fresh id, a date after the deadline), and
 * it is allowed when decide takes one. So the console and the API cannot disagree: a guard changed
 * in decide changes the answer here.
 *
 * What only the user's body can decide is left to the body: a command that passes every check it
 * can without the body's choices (ReassignResponsibility still needs the directory to check the
 * units chosen) counts as allowed, and the command itself may still be refused for what is sent.
 */
import { roleMayCommand } from '../kernel/command-guards';
import { DomainError } from '../kernel/domain-errors';
import type { Actor } from '../kernel/actor';
import type { TaskCommand, TaskCommandType } from './task.commands';
import { MissingLookup } from './task.context';
import { TASK_DECISIONS, decideTask } from './task.decide';
import { isIssued, type Task, type TaskState } from './task.state';

/** The deadline watcher's: a person never sends it, so it is never offered. */
const NOT_OFFERED = ['RecordMissedDeadline'] as const satisfies readonly TaskCommandType[];

/**
 * Commands on an existing task a person may send, in the order of TASK_DECISIONS (so a new decide
 * function, with its probes beside it, is offered without being named again):
 * not IssueTask (no task yet), not what NOT_OFFERED names.
 */
export type TaskActionCommand = Exclude<keyof typeof TASK_DECISIONS, (typeof NOT_OFFERED)[number]>;
export const TASK_ACTION_COMMANDS: readonly TaskActionCommand[] = (
  Object.keys(TASK_DECISIONS) as (keyof typeof TASK_DECISIONS)[]
).filter((type): type is TaskActionCommand => !(NOT_OFFERED as readonly string[]).includes(type));

/**
 * The commands of TASK_ACTION_COMMANDS that decide would take from this actor now, in that list's order.
 * What decideTask refuses before any command's own rules (a role that sends no command, no task, a
 * cancelled one) answers none at once, with the same predicates; the rest is probed. Read on every
 * task detail, so the probes' refusals are made without stack traces: nobody reads them, and taking
 * one is most of what a refusal costs.
 */
export function allowedTaskCommands(state: TaskState, actor: Actor, now: Date): TaskActionCommand[] {
  if (!roleMayCommand(actor.role) || !isIssued(state) || state.status === 'cancelled') return [];
  return withoutStackTraces(() =>
    TASK_ACTION_COMMANDS.filter((type) =>
      TASK_DECISIONS[type].probes(state, actor).some((probe: TaskCommand) => decides(probe, state, actor, now)),
    ),
  );
}

function withoutStackTraces<T>(work: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function decides(command: TaskCommand, task: Task, actor: Actor, now: Date): boolean {
  try {
    decideTask(command, task, { actor, now });
    return true;
  } catch (error) {
    // Every check before the directory look-up passed: the rest depends on the units the user picks.
    if (error instanceof MissingLookup) return true;
    if (error instanceof DomainError) return false;
    throw error;
  }
}
