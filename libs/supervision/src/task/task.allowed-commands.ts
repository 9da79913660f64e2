/**
 * Which commands an actor may send on a task as it stands: what a client offers (buttons, forms).
 * Decided by decide itself, not by a second list of rules: each command is tried with a probe, a
 * well-formed body built from the task (the open extension request, an uncompleted milestone, a
 * fresh id, a date after the deadline), and it is allowed when decide takes it. So the console and
 * the API cannot disagree: a guard changed in decide changes the answer here.
 *
 * What only the user's body can decide is left to the body: a command that passes every check it
 * can without the body's choices (ReassignResponsibility still needs the directory to check the
 * units chosen) counts as allowed, and the command itself may still be refused for what is sent.
 */
import { calendarDateOf } from '../kernel/calendar';
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
 * function is offered without being named again; its probe below is then asked for by the compiler):
 * not IssueTask (no task yet), not what NOT_OFFERED names.
 */
export type TaskActionCommand = Exclude<keyof typeof TASK_DECISIONS, (typeof NOT_OFFERED)[number]>;
export const TASK_ACTION_COMMANDS: readonly TaskActionCommand[] = (
  Object.keys(TASK_DECISIONS) as (keyof typeof TASK_DECISIONS)[]
).filter((type): type is TaskActionCommand => !(NOT_OFFERED as readonly string[]).includes(type));

const PROBE_TEXT = '—';

/** The commands of TASK_ACTION_COMMANDS that decide would take from this actor now, in that list's order. */
export function allowedTaskCommands(state: TaskState, actor: Actor, now: Date): TaskActionCommand[] {
  if (!isIssued(state)) return [];
  return TASK_ACTION_COMMANDS.filter((type) =>
    probesFor(type, state, actor).some((probe) => decides(probe, state, actor, now)),
  );
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

/** Well-formed bodies for a command on this task; none when there is nothing to act on (no open request, no milestone left). */
function probesFor(type: TaskActionCommand, task: Task, actor: Actor): TaskCommand[] {
  const reason = { reason: PROBE_TEXT };
  switch (type) {
    case 'AcknowledgeTask':
      return [{ type, data: {} }];
    case 'SendBackTask':
    case 'ReturnCompletion':
    case 'SuspendTask':
    case 'ResumeTask':
    case 'CancelTask':
      return [{ type, data: reason }];
    case 'ReassignResponsibility':
      return [{ type, data: { ...reason, leadUnitId: task.leadUnitId, coUnitIds: task.coUnitIds } }];
    case 'SubmitWorkPlan':
      return [{ type, data: { plan: PROBE_TEXT, milestones: [] } }];
    case 'ReportProgress':
      return [{ type, data: { summary: PROBE_TEXT, percent: 0 } }];
    case 'CompleteMilestone':
      return task.milestones
        .filter((m) => m.completedAt === null)
        .map((m) => ({ type, data: { milestoneId: m.milestoneId } }));
    case 'RecordOutcome':
      return [
        { type, data: { outcomeId: freshId(task.outcomes.map((o) => o.outcomeId)), kind: 'other', title: PROBE_TEXT } },
      ];
    case 'RequestCooperation':
      return [
        {
          type,
          data: {
            requestId: freshId(task.cooperationRequests.map((r) => r.requestId)),
            fromUnitId: freshId([actor.unitId ?? '']),
            subject: PROBE_TEXT,
          },
        },
      ];
    case 'ProvideCooperation':
      return task.cooperationRequests.map((r) => ({ type, data: { requestId: r.requestId, response: PROBE_TEXT } }));
    case 'RecordInstruction':
      return [{ type, data: { text: PROBE_TEXT } }];
    case 'IssueUrgeNotice':
      return [
        {
          type,
          data: { urgeId: freshId(task.urges.map((u) => u.urgeId)), reason: PROBE_TEXT, replyDueOn: '9999-12-31' },
        },
      ];
    case 'RequestDeadlineExtension':
      return [
        {
          type,
          data: {
            requestId: freshId(task.extensionRequests.map((r) => r.requestId)),
            requestedDeadline: dayAfter(task.deadline),
            reason: PROBE_TEXT,
          },
        },
      ];
    case 'ApproveDeadlineExtension':
      return task.extensionRequests
        .filter((r) => r.decision === 'open')
        .map((r) => ({ type, data: { requestId: r.requestId } }));
    case 'RejectDeadlineExtension':
      return task.extensionRequests
        .filter((r) => r.decision === 'open')
        .map((r) => ({ type, data: { requestId: r.requestId, ...reason } }));
    case 'CountersignCompletion':
    case 'AcceptCompletion':
      return [{ type, data: {} }];
    case 'ReportCompletion':
      return [{ type, data: { summary: PROBE_TEXT } }];
    case 'RateTask':
      return [{ type, data: { rating: 'good' } }];
    case 'OpenLookBackReview':
      return [{ type, data: { reviewId: freshId(task.lookBackReviews.map((r) => r.reviewId)), findings: PROBE_TEXT } }];
    case 'ReportRectification':
      return [{ type, data: { summary: PROBE_TEXT } }];
    case 'CloseLookBackReview':
      return [{ type, data: { conclusion: PROBE_TEXT } }];
  }
}

/** An id none of the taken ones is: ids of new sub-entities come from the caller, so any unused one probes the same rules. */
function freshId(taken: readonly string[]): string {
  let id = 'probe';
  while (taken.includes(id)) id += '-';
  return id;
}

function dayAfter(date: string): string {
  return calendarDateOf(new Date(Date.parse(`${date}T12:00:00+08:00`) + 24 * 60 * 60 * 1000));
}
