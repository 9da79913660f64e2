/** Turns a task's detail row into the API's view (the board item it starts from is board-item.view.ts's): ids paired with names, codes with Chinese labels. */
import {
  allowedTaskCommands,
  completedOnTime,
  deriveTaskFlags,
  missingCountersigns,
  openExtensionRequest,
  openUrges,
  type Actor,
  type Task,
} from '@app/supervision';
import { boardEntryOf, type OrganisationNames, type TaskView } from '@app/read-models';
import * as part from './task-detail-part-mapper';
import type { TaskDetailView } from './task-views';
import { boardItemView, ref } from './board-item.view';

/** The detail's flags come from deriveTaskFlags itself; the board's SQL is held to the same rule by task-flags.sql.int.spec.ts. */
/** `reader` is who asks: allowedCommands is what decide would take from them on the task at this revision. */
export function taskDetailView(
  taskId: string,
  view: TaskView,
  names: OrganisationNames,
  now: Date,
  reader: Actor,
): TaskDetailView {
  const task: Task = view.state;
  const base = boardItemView({ ...boardEntryOf(task, view.revision), taskId, ...deriveTaskFlags(task, now) }, names);
  const open = openExtensionRequest(task);
  const units = (id: string) => ref(names.units, id);
  const officials = (id: string) => ref(names.officials, id);
  return {
    ...base,
    description: task.description,
    plan: part.optional(task.plan, part.workPlanView),
    milestones: task.milestones.map(part.milestoneView),
    latestProgress: part.optional(task.progress.latest, part.progressReportView),
    coUnitProgress: Object.entries(task.progress.latestByCoUnit).map(([unitId, report]) => ({
      unit: units(unitId),
      ...part.progressReportView(report),
    })),
    instructions: task.instructions.map((instruction) => part.instructionView(instruction, officials)),
    pendingUrges: openUrges(task).map(part.urgeView),
    urges: task.urges.map(part.urgeView),
    openExtensionRequests: open ? [part.extensionRequestView(open)] : [],
    extensionRequests: task.extensionRequests.map(part.extensionRequestView),
    cooperation: task.cooperationRequests.map((request) => part.cooperationView(request, units)),
    outcomes: task.outcomes.map(part.outcomeView),
    countersigns: Object.entries(task.countersigns).map(([unitId, countersign]) =>
      part.countersignView(units(unitId), countersign),
    ),
    missingCountersigns: missingCountersigns(task).map(units),
    completionReport: part.optional(task.completionReport, part.completionReportView),
    completionReturns: task.completionReturns.map(part.completionReturnView),
    acceptance: part.optional(task.acceptance, part.acceptanceView),
    completedOnTime: completedOnTime(task),
    rating: part.optional(task.rating, part.ratingView),
    lookBackReviews: task.lookBackReviews.map(part.lookBackReviewView),
    // A detail row stored before evidence files existed has no list: none were attached then.
    evidenceFiles: (task.evidenceFiles ?? []).map((file) => part.evidenceFileView(task.taskId, file)),
    missedDeadlines: task.missedDeadlines.map(part.missedDeadlineView),
    sentBack: part.optional(task.sentBack, part.sendBackView),
    suspendedFrom: task.suspendedFrom,
    cancellation: part.optional(task.cancellation, part.cancellationView),
    allowedCommands: allowedTaskCommands(task, reader, now),
  };
}
