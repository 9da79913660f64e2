/** A task's state, folded from its events: `not_issued` before TaskIssued, then a Task keyed on status. */
import type { TaskEvidenceFile } from './task.attachments';
import type { OutcomeKind, Rating } from './task.commands';
import type { Reporter, TaskStatus } from './task.events';

export type { TaskStatus } from './task.events';

/** Open: the work can still be urged, instructed and suspended. Not open: completed, suspended, cancelled (under_review is open: rectification is work). */
export const OPEN_STATUSES = [
  'issued',
  'sent_back',
  'acknowledged',
  'in_progress',
  'completion_reported',
  'under_review',
] as const satisfies readonly TaskStatus[];
export const TASK_STATUSES = [
  ...OPEN_STATUSES,
  'completed',
  'suspended',
  'cancelled',
] as const satisfies readonly TaskStatus[];

export interface Milestone {
  readonly milestoneId: string;
  readonly title: string;
  readonly dueOn: string;
  readonly completedAt: string | null;
}
export interface ProgressReport {
  readonly summary: string;
  readonly percent: number;
  readonly answersUrgeId: string | null;
  readonly reportedBy: Reporter;
  readonly reportedAt: string;
}
export interface Urge {
  readonly urgeId: string;
  readonly reason: string;
  readonly replyDueOn: string;
  readonly issuedAt: string;
  readonly answeredAt: string | null;
}
export interface ExtensionRequest {
  readonly requestId: string;
  readonly currentDeadline: string;
  readonly requestedDeadline: string;
  readonly reason: string;
  readonly requestedAt: string;
  readonly decision: 'open' | 'approved' | 'rejected';
  readonly decidedAt: string | null;
  readonly rejectionReason: string | null;
}
export interface CooperationRequest {
  readonly requestId: string;
  readonly requestedByUnitId: string;
  readonly fromUnitId: string;
  readonly subject: string;
  readonly requestedAt: string;
  readonly response: string | null;
  readonly providedAt: string | null;
}
export interface Outcome {
  readonly outcomeId: string;
  readonly kind: OutcomeKind;
  readonly title: string;
  readonly description: string | null;
  readonly unitId: string;
  readonly recordedAt: string;
}
export interface Countersign {
  readonly comment: string | null;
  readonly countersignedAt: string;
}
export interface LookBackReview {
  readonly reviewId: string;
  readonly findings: string;
  readonly openedAt: string;
  readonly rectifications: { readonly summary: string; readonly reportedAt: string }[];
  readonly conclusion: string | null;
  readonly closedAt: string | null;
}

export interface Task {
  readonly status: TaskStatus;
  readonly taskId: string;
  readonly programmeId: string;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly category: string;
  readonly leadLeaderId: string;
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  /** The deadline in force (moved by approved extensions). */
  readonly deadline: string;
  /** The deadline at issue; never changes, scoring uses it. */
  readonly originalDeadline: string;
  readonly issuedAt: string;
  readonly acknowledgedAt: string | null;
  readonly sentBack: { readonly reason: string; readonly sentBackAt: string } | null;
  readonly plan: { readonly text: string; readonly submittedAt: string } | null;
  readonly milestones: readonly Milestone[];
  readonly progress: {
    /** The latest report of the lead unit or its leader (co-unit inputs are kept apart). */
    readonly latest: ProgressReport | null;
    readonly latestByCoUnit: Readonly<Record<string, ProgressReport>>;
    readonly count: number;
    /** Any report, by anyone: what `stale` counts from. */
    readonly lastReportedAt: string | null;
  };
  readonly instructions: readonly { readonly leaderId: string; readonly text: string; readonly recordedAt: string }[];
  readonly urges: readonly Urge[];
  readonly extensionRequests: readonly ExtensionRequest[];
  readonly missedDeadlines: readonly { readonly deadline: string; readonly recordedAt: string }[];
  readonly cooperationRequests: readonly CooperationRequest[];
  readonly outcomes: readonly Outcome[];
  /** By co-unit id; cleared when a completion is returned. */
  readonly countersigns: Readonly<Record<string, Countersign>>;
  readonly completionReport: {
    readonly summary: string;
    readonly outcomeIds: readonly string[];
    readonly reportedAt: string;
  } | null;
  readonly completionReturns: readonly { readonly reason: string; readonly returnedAt: string }[];
  readonly acceptance: { readonly comment: string | null; readonly acceptedAt: string } | null;
  /** When the completion was accepted (办结); kept through look-back reviews. */
  readonly completedAt: string | null;
  readonly rating: { readonly rating: Rating; readonly ratedAt: string } | null;
  readonly lookBackReviews: readonly LookBackReview[];
  readonly suspendedFrom: TaskStatus | null;
  readonly cancellation: { readonly reason: string; readonly cancelledAt: string } | null;
  /** Every evidence file (佐证材料) an act attached, in log order: what a download of this task may serve. */
  readonly evidenceFiles: readonly TaskEvidenceFile[];
  /** The time of the latest event. */
  readonly updatedAt: string;
}

/**
 * The version of the Task shape above. Read models store the whole Task (board, detail) and fold the
 * next events onto it, so a stored Task of an older shape would break them: their schema versions
 * include this number, and a new one rebuilds them from the log instead of parking events. Bump it
 * with ANY change to Task or the types it holds; test/task/task-state-version.unit.spec.ts fails
 * to compile until the shape it records for this version is the shape of Task.
 */
export const TASK_STATE_VERSION = 2;

export type TaskState = { readonly status: 'not_issued' } | Task;

export const initialTaskState = (): TaskState => ({ status: 'not_issued' });

export function isIssued(state: TaskState): state is Task {
  return state.status !== 'not_issued';
}

export function isOpen(status: TaskStatus): boolean {
  return (OPEN_STATUSES as readonly TaskStatus[]).includes(status);
}

export const openUrges = (task: Task): Urge[] => task.urges.filter((urge) => urge.answeredAt === null);
export const openExtensionRequest = (task: Task): ExtensionRequest | undefined =>
  task.extensionRequests.find((request) => request.decision === 'open');
export const currentLookBackReview = (task: Task): LookBackReview | undefined =>
  task.lookBackReviews.find((review) => review.closedAt === null);
export const countersignOf = (task: Task, unitId: string): Countersign | undefined =>
  Object.hasOwn(task.countersigns, unitId) ? task.countersigns[unitId] : undefined;
export const missingCountersigns = (task: Task): string[] =>
  task.coUnitIds.filter((unitId) => !countersignOf(task, unitId));
