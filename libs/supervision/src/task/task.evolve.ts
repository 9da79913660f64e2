/** evolve: applies one task event to the state (its status by the one transition, task.status.ts). Pure; an event for a task not yet issued (other than TaskIssued) is ignored. */
import type { TaskEvent, TaskIssued } from './task.events';
import type { Task, TaskState } from './task.state';
import { taskStatusAfter } from './task.status';

export function evolveTask(state: TaskState, event: TaskEvent): TaskState {
  if (event.type === 'TaskIssued') return issued(event);
  if (state.status === 'not_issued') return state;
  const task = withEvidence(applyTo(state, event), event);
  const status = taskStatusAfter(state.status, event);
  return task === state && status === state.status
    ? state
    : { ...task, status, updatedAt: timeOf(event) ?? state.updatedAt };
}

/** The files an act carried join the task's list, whatever the act; the act's own entry keeps them too. */
function withEvidence(task: Task, event: TaskEvent): Task {
  const attachments = 'attachments' in event.data ? event.data.attachments : undefined;
  if (!attachments || attachments.length === 0) return task;
  const attachedAt = timeOf(event) ?? task.updatedAt;
  // A state stored before evidence files existed (a read model's row) has no list yet.
  const known = task.evidenceFiles ?? [];
  return {
    ...task,
    evidenceFiles: [...known, ...attachments.map((a) => ({ ...a, attachedBy: event.type, attachedAt }))],
  };
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
    evidenceFiles: [],
    updatedAt: data.issuedAt,
  };
}

function applyTo(task: Task, event: Exclude<TaskEvent, TaskIssued>): Task {
  switch (event.type) {
    case 'TaskAcknowledged':
      return { ...task, acknowledgedAt: event.data.acknowledgedAt };
    case 'TaskSentBack':
      return { ...task, sentBack: { reason: event.data.reason, sentBackAt: event.data.sentBackAt } };
    case 'ResponsibilityReassigned': {
      const { leadUnitId, coUnitIds, leadLeaderId } = event.data;
      return { ...task, leadUnitId, coUnitIds: [...coUnitIds], leadLeaderId, countersigns: {} };
    }
    case 'WorkPlanSubmitted': {
      const milestones = event.data.milestones.map((m) => ({
        milestoneId: m.milestoneId,
        title: m.title,
        dueOn: m.dueOn,
        completedAt: null,
      }));
      return { ...task, plan: { text: event.data.plan, submittedAt: event.data.submittedAt }, milestones };
    }
    case 'MilestoneCompleted':
      return {
        ...task,
        milestones: task.milestones.map((m) =>
          m.milestoneId === event.data.milestoneId ? { ...m, completedAt: event.data.completedAt } : m,
        ),
      };
    case 'ProgressReported':
      return progressReported(task, event.data);
    case 'InstructionRecorded':
      return { ...task, instructions: [...task.instructions, { ...event.data }] };
    case 'UrgeNoticeIssued':
      return { ...task, urges: [...task.urges, { ...event.data, answeredAt: null }] };
    case 'DeadlineExtensionRequested':
      return {
        ...task,
        extensionRequests: [
          ...task.extensionRequests,
          { ...event.data, decision: 'open', decidedAt: null, rejectionReason: null },
        ],
      };
    case 'DeadlineExtended':
      return {
        ...task,
        deadline: event.data.newDeadline,
        extensionRequests: task.extensionRequests.map((r) =>
          r.requestId === event.data.requestId ? { ...r, decision: 'approved', decidedAt: event.data.extendedAt } : r,
        ),
      };
    case 'DeadlineExtensionRejected':
      return {
        ...task,
        extensionRequests: task.extensionRequests.map((r) =>
          r.requestId === event.data.requestId
            ? { ...r, decision: 'rejected', decidedAt: event.data.rejectedAt, rejectionReason: event.data.reason }
            : r,
        ),
      };
    case 'DeadlineMissed':
      return { ...task, missedDeadlines: [...task.missedDeadlines, { ...event.data }] };
    case 'CooperationRequested':
      return {
        ...task,
        cooperationRequests: [...task.cooperationRequests, { ...event.data, response: null, providedAt: null }],
      };
    case 'CooperationProvided':
      return {
        ...task,
        cooperationRequests: task.cooperationRequests.map((r) =>
          r.requestId === event.data.requestId
            ? { ...r, response: event.data.response, providedAt: event.data.providedAt }
            : r,
        ),
      };
    case 'OutcomeRecorded':
      return { ...task, outcomes: [...task.outcomes, { ...event.data }] };
    case 'CompletionCountersigned':
      return {
        ...task,
        countersigns: {
          ...task.countersigns,
          [event.data.unitId]: { comment: event.data.comment, countersignedAt: event.data.countersignedAt },
        },
      };
    case 'CompletionReported':
      return { ...task, completionReport: { ...event.data, outcomeIds: [...event.data.outcomeIds] } };
    case 'CompletionAccepted':
      return { ...task, acceptance: { ...event.data }, completedAt: event.data.acceptedAt };
    case 'CompletionReturned':
      // A returned completion must be countersigned again: the co-units sign the next report, not the last one.
      return {
        ...task,
        completionReport: null,
        countersigns: {},
        completionReturns: [...task.completionReturns, { ...event.data }],
      };
    case 'TaskRated':
      return { ...task, rating: { rating: event.data.rating, ratedAt: event.data.ratedAt } };
    case 'LookBackReviewOpened':
      return {
        ...task,
        lookBackReviews: [
          ...task.lookBackReviews,
          { ...event.data, rectifications: [], conclusion: null, closedAt: null },
        ],
      };
    case 'RectificationReported':
      return {
        ...task,
        lookBackReviews: task.lookBackReviews.map((r) =>
          r.reviewId === event.data.reviewId
            ? {
                ...r,
                rectifications: [
                  ...r.rectifications,
                  { summary: event.data.summary, reportedAt: event.data.reportedAt },
                ],
              }
            : r,
        ),
      };
    case 'LookBackReviewClosed':
      return {
        ...task,
        lookBackReviews: task.lookBackReviews.map((r) =>
          r.reviewId === event.data.reviewId
            ? { ...r, conclusion: event.data.conclusion, closedAt: event.data.closedAt }
            : r,
        ),
      };
    case 'TaskSuspended':
      return { ...task, suspendedFrom: event.data.previousStatus };
    case 'TaskResumed':
      return { ...task, suspendedFrom: null };
    case 'TaskCancelled':
      return {
        ...task,
        suspendedFrom: null,
        cancellation: { reason: event.data.reason, cancelledAt: event.data.cancelledAt },
      };
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
      latestByCoUnit: byCoUnit
        ? { ...task.progress.latestByCoUnit, [report.reportedBy.id]: entry }
        : task.progress.latestByCoUnit,
      count: task.progress.count + 1,
      lastReportedAt: report.reportedAt,
    },
    urges:
      report.answersUrgeId === null
        ? task.urges
        : task.urges.map((u) => (u.urgeId === report.answersUrgeId ? { ...u, answeredAt: report.reportedAt } : u)),
  };
}

/** Every task event's data carries exactly one `<verb>At` instant. */
function timeOf(event: TaskEvent): string | undefined {
  const entry = Object.entries(event.data).find(([key, value]) => key.endsWith('At') && typeof value === 'string');
  return entry?.[1] as string | undefined;
}
