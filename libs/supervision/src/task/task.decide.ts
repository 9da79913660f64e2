/**
 * decide for tasks: one dispatcher over the lifecycle phases in ./decide. The order of refusals is
 * the same for every command: a role that issues no command (403), no such task (404), a cancelled
 * task (409), then the command's own access (403), status (409) and rules (422, 400).
 */
import { requireCommandingRole } from '../kernel/command-guards';
import { InvalidCommand } from '../kernel/domain-errors';
import { acknowledgeTask, issueTask, reassignResponsibility, sendBackTask } from './decide/assignment.decide';
import {
  acceptCompletion,
  countersignCompletion,
  rateTask,
  reportCompletion,
  returnCompletion,
} from './decide/completion.decide';
import {
  approveDeadlineExtension,
  issueUrgeNotice,
  recordInstruction,
  recordMissedDeadline,
  rejectDeadlineExtension,
  requestDeadlineExtension,
} from './decide/oversight.decide';
import {
  cancelTask,
  closeLookBackReview,
  openLookBackReview,
  reportRectification,
  resumeTask,
  suspendTask,
} from './decide/review-and-control.decide';
import {
  completeMilestone,
  provideCooperation,
  recordOutcome,
  reportProgress,
  requestCooperation,
  submitWorkPlan,
} from './decide/work.decide';
import type { IssueTask, TaskCommand } from './task.commands';
import type { TaskCommandContext } from './task.context';
import { taskCancelled, taskNotFound } from './task.errors';
import type { TaskEvent } from './task.events';
import { isIssued, type Task, type TaskState } from './task.state';

export function decideTask(command: TaskCommand, state: TaskState, context: TaskCommandContext): TaskEvent[] {
  requireCommandingRole(context, command.type);
  if (command.type === 'IssueTask') return issueTask(command, state, context);
  if (!isIssued(state)) throw taskNotFound(command.type);
  if (state.status === 'cancelled') throw taskCancelled(state, command.type);
  return decideOnIssuedTask(command, state, context);
}

function decideOnIssuedTask(
  command: Exclude<TaskCommand, IssueTask>,
  task: Task,
  context: TaskCommandContext,
): TaskEvent[] {
  switch (command.type) {
    case 'AcknowledgeTask':
      return acknowledgeTask(command, task, context);
    case 'SendBackTask':
      return sendBackTask(command, task, context);
    case 'ReassignResponsibility':
      return reassignResponsibility(command, task, context);
    case 'SubmitWorkPlan':
      return submitWorkPlan(command, task, context);
    case 'ReportProgress':
      return reportProgress(command, task, context);
    case 'CompleteMilestone':
      return completeMilestone(command, task, context);
    case 'RecordOutcome':
      return recordOutcome(command, task, context);
    case 'RequestCooperation':
      return requestCooperation(command, task, context);
    case 'ProvideCooperation':
      return provideCooperation(command, task, context);
    case 'RecordInstruction':
      return recordInstruction(command, task, context);
    case 'IssueUrgeNotice':
      return issueUrgeNotice(command, task, context);
    case 'RecordMissedDeadline':
      return recordMissedDeadline(command, task, context);
    case 'RequestDeadlineExtension':
      return requestDeadlineExtension(command, task, context);
    case 'ApproveDeadlineExtension':
      return approveDeadlineExtension(command, task, context);
    case 'RejectDeadlineExtension':
      return rejectDeadlineExtension(command, task, context);
    case 'CountersignCompletion':
      return countersignCompletion(command, task, context);
    case 'ReportCompletion':
      return reportCompletion(command, task, context);
    case 'AcceptCompletion':
      return acceptCompletion(command, task, context);
    case 'ReturnCompletion':
      return returnCompletion(command, task, context);
    case 'RateTask':
      return rateTask(command, task, context);
    case 'OpenLookBackReview':
      return openLookBackReview(command, task, context);
    case 'ReportRectification':
      return reportRectification(command, task, context);
    case 'CloseLookBackReview':
      return closeLookBackReview(command, task, context);
    case 'SuspendTask':
      return suspendTask(command, task, context);
    case 'ResumeTask':
      return resumeTask(command, task, context);
    case 'CancelTask':
      return cancelTask(command, task, context);
    default: {
      const unknown: never = command;
      throw new InvalidCommand('UNKNOWN_COMMAND', `unknown task command ${(unknown as { type: string }).type}`);
    }
  }
}
