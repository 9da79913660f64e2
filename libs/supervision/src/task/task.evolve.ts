/** evolve: applies one task event to the state. Pure; an event for a task not yet issued (other than TaskIssued) is ignored. */
import type { TaskEvent, TaskIssued } from './task.events';
import type { Task, TaskState } from './task.state';

export function evolveTask(state: TaskState, event: TaskEvent): TaskState {
  if (event.type === 'TaskIssued') return issued(event);
  if (state.status === 'not_issued') return state;
  const task = applyTo(state, event);
  return task === state ? state : { ...task, updatedAt: timeOf(event) ?? state.updatedAt };
}

function issued({ data }: TaskIssued): Task {
  return {
    status: 'issued',
    ...data,
    coUnitIds: [...data.coUnitIds],
    originalDeadline: data.deadline,
    acknowledgedAt: null,
    sentBack: null,
    plan: null,
    milestones: [],
    progress: { latest: null, latestByCoUnit: {}, count: 0, lastReportedAt: null },
    instructions: [],
    urges: [],
    extensionRequests: [],
    missedDeadlines: [],
    cooperationRequests: [],
    outcomes: [],
    countersigns: {},
    completionReport: null,
    completionReturns: [],
    acceptance: null,
    completedAt: null,
    rating: null,
    lookBackReviews: [],
    suspendedFrom: null,
    cancellation: null,
    updatedAt: data.issuedAt,
  };
}

function applyTo(task: Task, event: Exclude<TaskEvent, TaskIssued>): Task {
  switch (event.type) {
    case 'TaskAcknowledged':
      return { ...task, status: 'acknowledged', acknowledgedAt: event.data.acknowledgedAt };
    case 'TaskSentBack':
      return { ...task, status: 'sent_back', sentBack: { reason: event.data.reason, sentBackAt: event.data.sentBackAt } };
    case 'ResponsibilityReassigned': {
      const { leadUnitId, coUnitIds, leadLeaderId } = event.data;
      return { ...task, status: 'issued', leadUnitId, coUnitIds: [...coUnitIds], leadLeaderId, countersigns: {} };
    }
    case 'WorkPlanSubmitted': {
      const milestones = event.data.milestones.map((m) => ({ milestoneId: m.milestoneId, title: m.title, dueOn: m.dueOn, completedAt: null }));
      return { ...task, status: 'in_progress', plan: { text: event.data.plan, submittedAt: event.data.submittedAt }, milestones };
    }
    case 'MilestoneCompleted':
      return { ...task, milestones: task.milestones.map((m) => (m.milestoneId === event.data.milestoneId ? { ...m, completedAt: event.data.completedAt } : m)) };
    case 'ProgressReported':
      return progressReported(task, event.data);
    case 'InstructionRecorded':
      return { ...task, instructions: [...task.instructions, { ...event.data }] };
    case 'UrgeNoticeIssued':
      return { ...task, urges: [...task.urges, { ...event.data, answeredAt: null }] };
    case 'DeadlineExtensionRequested':
      return { ...task, extensionRequests: [...task.extensionRequests, { ...event.data, decision: 'open', decidedAt: null, rejectionReason: null }] };
    case 'DeadlineExtended':
      return {
        ...task,
        deadline: event.data.newDeadline,
        extensionRequests: task.extensionRequests.map((r) => (r.requestId === event.data.requestId ? { ...r, decision: 'approved', decidedAt: event.data.extendedAt } : r)),
      };
    case 'DeadlineExtensionRejected':
      return {
        ...task,
        extensionRequests: task.extensionRequests.map((r) =>
          r.requestId === event.data.requestId ? { ...r, decision: 'rejected', decidedAt: event.data.rejectedAt, rejectionReason: event.data.reason } : r,
        ),
      };
    case 'DeadlineMissed':
      return { ...task, missedDeadlines: [...task.missedDeadlines, { ...event.data }] };
    case 'CooperationRequested':
      return { ...task, cooperationRequests: [...task.cooperationRequests, { ...event.data, response: null, providedAt: null }] };
    case 'CooperationProvided':
      return {
        ...task,
        cooperationRequests: task.cooperationRequests.map((r) => (r.requestId === event.data.requestId ? { ...r, response: event.data.response, providedAt: event.data.providedAt } : r)),
      };
    case 'OutcomeRecorded':
      return { ...task, outcomes: [...task.outcomes, { ...event.data }] };
    case 'CompletionCountersigned':
      return { ...task, countersigns: { ...task.countersigns, [event.data.unitId]: { comment: event.data.comment, countersignedAt: event.data.countersignedAt } } };
    case 'CompletionReported':
      return { ...task, status: 'completion_reported', completionReport: { ...event.data, outcomeIds: [...event.data.outcomeIds] } };
    case 'CompletionAccepted':
      return { ...task, status: 'completed', acceptance: { ...event.data }, completedAt: event.data.acceptedAt };
    case 'CompletionReturned':
      // A returned completion must be countersigned again: the co-units sign the next report, not the last one.
      return { ...task, status: 'in_progress', completionReport: null, countersigns: {}, completionReturns: [...task.completionReturns, { ...event.data }] };
    case 'TaskRated':
      return { ...task, rating: { rating: event.data.rating, ratedAt: event.data.ratedAt } };
    case 'LookBackReviewOpened':
      return { ...task, status: 'under_review', lookBackReviews: [...task.lookBackReviews, { ...event.data, rectifications: [], conclusion: null, closedAt: null }] };
    case 'RectificationReported':
      return {
        ...task,
        lookBackReviews: task.lookBackReviews.map((r) =>
          r.reviewId === event.data.reviewId ? { ...r, rectifications: [...r.rectifications, { summary: event.data.summary, reportedAt: event.data.reportedAt }] } : r,
        ),
      };
    case 'LookBackReviewClosed':
      return {
        ...task,
        status: 'completed',
        lookBackReviews: task.lookBackReviews.map((r) => (r.reviewId === event.data.reviewId ? { ...r, conclusion: event.data.conclusion, closedAt: event.data.closedAt } : r)),
      };
    case 'TaskSuspended':
      return { ...task, status: 'suspended', suspendedFrom: event.data.previousStatus };
    case 'TaskResumed':
      return { ...task, status: event.data.resumedStatus, suspendedFrom: null };
    case 'TaskCancelled':
      return { ...task, status: 'cancelled', suspendedFrom: null, cancellation: { reason: event.data.reason, cancelledAt: event.data.cancelledAt } };
    default: {
      // Exhaustive at compile time; at run time decodeTaskEvent has already refused an unknown (newer) type by name.
      event satisfies never;
      return task;
    }
  }
}

function progressReported(task: Task, report: Extract<TaskEvent, { type: 'ProgressReported' }>['data']): Task {
  const entry = { ...report, reportedBy: { ...report.reportedBy } };
  const byCoUnit = report.reportedBy.kind === 'co_unit';
  return {
    ...task,
    progress: {
      latest: byCoUnit ? task.progress.latest : entry,
      latestByCoUnit: byCoUnit ? { ...task.progress.latestByCoUnit, [report.reportedBy.id]: entry } : task.progress.latestByCoUnit,
      count: task.progress.count + 1,
      lastReportedAt: report.reportedAt,
    },
    urges: report.answersUrgeId === null ? task.urges : task.urges.map((u) => (u.urgeId === report.answersUrgeId ? { ...u, answeredAt: report.reportedAt } : u)),
  };
}

/** Every task event's data carries exactly one `<verb>At` instant. */
function timeOf(event: TaskEvent): string | undefined {
  const entry = Object.entries(event.data).find(([key, value]) => key.endsWith('At') && typeof value === 'string');
  return entry?.[1] as string | undefined;
}
