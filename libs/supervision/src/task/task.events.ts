/**
 * Every event of a task, past tense. Data is plain JSON (hashed after a JSON round trip): instants
 * as ISO strings in `<verb>At`, calendar dates 'YYYY-MM-DD', optional values as null, never undefined.
 */
import type { Message } from '../kernel/decider';
import type { Attachment } from './task.attachments';
import type { OutcomeKind, Rating } from './task.commands';

/** Present only on an act that carried evidence files (older events and acts without files have none). */
type WithAttachments = { readonly attachments?: Attachment[] };

export type TaskStatus =
  | 'issued'
  | 'sent_back'
  | 'acknowledged'
  | 'in_progress'
  | 'completion_reported'
  | 'completed'
  | 'under_review'
  | 'suspended'
  | 'cancelled';

/** Who reported progress: the lead unit, a co-unit (its own input) or the leader in charge. */
export interface Reporter {
  readonly kind: 'lead_unit' | 'co_unit' | 'leader';
  /** The unit id for units, the official's id for the leader. */
  readonly id: string;
}

export type TaskIssued = Message<
  'TaskIssued',
  {
    readonly taskId: string;
    readonly programmeId: string;
    readonly code: string;
    readonly title: string;
    readonly description: string;
    readonly category: string;
    readonly leadLeaderId: string;
    readonly leadUnitId: string;
    readonly coUnitIds: string[];
    readonly deadline: string;
    readonly issuedAt: string;
  }
>;
export type TaskAcknowledged = Message<
  'TaskAcknowledged',
  { readonly unitId: string; readonly acknowledgedAt: string }
>;
export type TaskSentBack = Message<
  'TaskSentBack',
  { readonly unitId: string; readonly reason: string; readonly sentBackAt: string }
>;
export type ResponsibilityReassigned = Message<
  'ResponsibilityReassigned',
  {
    readonly leadUnitId: string;
    readonly coUnitIds: string[];
    readonly leadLeaderId: string;
    readonly previousLeadUnitId: string;
    readonly previousCoUnitIds: string[];
    readonly previousLeadLeaderId: string;
    readonly reason: string;
    readonly reassignedAt: string;
  }
>;
export type WorkPlanSubmitted = Message<
  'WorkPlanSubmitted',
  {
    readonly plan: string;
    readonly milestones: { milestoneId: string; title: string; dueOn: string }[];
    readonly submittedAt: string;
  }
>;
export type MilestoneCompleted = Message<
  'MilestoneCompleted',
  { readonly milestoneId: string; readonly completedAt: string }
>;
export type ProgressReported = Message<
  'ProgressReported',
  {
    readonly summary: string;
    readonly percent: number;
    readonly answersUrgeId: string | null;
    readonly reportedBy: Reporter;
    readonly reportedAt: string;
  } & WithAttachments
>;
export type InstructionRecorded = Message<
  'InstructionRecorded',
  { readonly leaderId: string; readonly text: string; readonly recordedAt: string }
>;
export type UrgeNoticeIssued = Message<
  'UrgeNoticeIssued',
  { readonly urgeId: string; readonly reason: string; readonly replyDueOn: string; readonly issuedAt: string }
>;
export type DeadlineExtensionRequested = Message<
  'DeadlineExtensionRequested',
  {
    readonly requestId: string;
    readonly currentDeadline: string;
    readonly requestedDeadline: string;
    readonly reason: string;
    readonly requestedAt: string;
  }
>;
export type DeadlineExtended = Message<
  'DeadlineExtended',
  {
    readonly requestId: string;
    readonly previousDeadline: string;
    readonly newDeadline: string;
    readonly extendedAt: string;
  }
>;
export type DeadlineExtensionRejected = Message<
  'DeadlineExtensionRejected',
  { readonly requestId: string; readonly reason: string; readonly rejectedAt: string }
>;
export type DeadlineMissed = Message<'DeadlineMissed', { readonly deadline: string; readonly recordedAt: string }>;
export type CooperationRequested = Message<
  'CooperationRequested',
  {
    readonly requestId: string;
    readonly requestedByUnitId: string;
    readonly fromUnitId: string;
    readonly subject: string;
    readonly requestedAt: string;
  }
>;
export type CooperationProvided = Message<
  'CooperationProvided',
  { readonly requestId: string; readonly unitId: string; readonly response: string; readonly providedAt: string }
>;
export type OutcomeRecorded = Message<
  'OutcomeRecorded',
  {
    readonly outcomeId: string;
    readonly kind: OutcomeKind;
    readonly title: string;
    readonly description: string | null;
    readonly unitId: string;
    readonly recordedAt: string;
  } & WithAttachments
>;
export type CompletionCountersigned = Message<
  'CompletionCountersigned',
  { readonly unitId: string; readonly comment: string | null; readonly countersignedAt: string }
>;
export type CompletionReported = Message<
  'CompletionReported',
  { readonly summary: string; readonly outcomeIds: string[]; readonly reportedAt: string } & WithAttachments
>;
export type CompletionAccepted = Message<
  'CompletionAccepted',
  { readonly comment: string | null; readonly acceptedAt: string }
>;
export type CompletionReturned = Message<
  'CompletionReturned',
  { readonly reason: string; readonly returnedAt: string }
>;
export type LookBackReviewOpened = Message<
  'LookBackReviewOpened',
  { readonly reviewId: string; readonly findings: string; readonly openedAt: string }
>;
export type RectificationReported = Message<
  'RectificationReported',
  { readonly reviewId: string; readonly summary: string; readonly reportedAt: string } & WithAttachments
>;
export type LookBackReviewClosed = Message<
  'LookBackReviewClosed',
  { readonly reviewId: string; readonly conclusion: string; readonly closedAt: string }
>;
export type TaskRated = Message<
  'TaskRated',
  { readonly rating: Rating; readonly previousRating: Rating | null; readonly ratedAt: string }
>;
export type TaskSuspended = Message<
  'TaskSuspended',
  { readonly reason: string; readonly previousStatus: TaskStatus; readonly suspendedAt: string }
>;
export type TaskResumed = Message<
  'TaskResumed',
  { readonly reason: string; readonly resumedStatus: TaskStatus; readonly resumedAt: string }
>;
export type TaskCancelled = Message<
  'TaskCancelled',
  { readonly reason: string; readonly previousStatus: TaskStatus; readonly cancelledAt: string }
>;

export type TaskEvent =
  | TaskIssued
  | TaskAcknowledged
  | TaskSentBack
  | ResponsibilityReassigned
  | WorkPlanSubmitted
  | MilestoneCompleted
  | ProgressReported
  | InstructionRecorded
  | UrgeNoticeIssued
  | DeadlineExtensionRequested
  | DeadlineExtended
  | DeadlineExtensionRejected
  | DeadlineMissed
  | CooperationRequested
  | CooperationProvided
  | OutcomeRecorded
  | CompletionCountersigned
  | CompletionReported
  | CompletionAccepted
  | CompletionReturned
  | LookBackReviewOpened
  | RectificationReported
  | LookBackReviewClosed
  | TaskRated
  | TaskSuspended
  | TaskResumed
  | TaskCancelled;

export type TaskEventType = TaskEvent['type'];

/** What an event does to the task's status: moves it to one, to the one the event names, or leaves it as it was. */
export type StatusChange<Event extends TaskEvent> = TaskStatus | 'unchanged' | ((event: Event) => TaskStatus);

export type TaskEventOf<Type extends TaskEventType> = Extract<TaskEvent, { type: Type }>;

/**
 * Every task event type and what it does to the status, declared once: the compiler fails when a new
 * type is missing here. The decoder lets in only these types; the status transition (task.status.ts)
 * reads its status from here.
 */
export const TASK_EVENT_STATUS_CHANGES: { readonly [Type in TaskEventType]: StatusChange<TaskEventOf<Type>> } = {
  TaskIssued: 'issued',
  TaskAcknowledged: 'acknowledged',
  TaskSentBack: 'sent_back',
  ResponsibilityReassigned: 'issued',
  WorkPlanSubmitted: 'in_progress',
  MilestoneCompleted: 'unchanged',
  ProgressReported: 'unchanged',
  InstructionRecorded: 'unchanged',
  UrgeNoticeIssued: 'unchanged',
  DeadlineExtensionRequested: 'unchanged',
  DeadlineExtended: 'unchanged',
  DeadlineExtensionRejected: 'unchanged',
  DeadlineMissed: 'unchanged',
  CooperationRequested: 'unchanged',
  CooperationProvided: 'unchanged',
  OutcomeRecorded: 'unchanged',
  CompletionCountersigned: 'unchanged',
  CompletionReported: 'completion_reported',
  CompletionAccepted: 'completed',
  CompletionReturned: 'in_progress',
  LookBackReviewOpened: 'under_review',
  RectificationReported: 'unchanged',
  LookBackReviewClosed: 'completed',
  TaskRated: 'unchanged',
  TaskSuspended: 'suspended',
  TaskResumed: ({ data }) => data.resumedStatus,
  TaskCancelled: 'cancelled',
};

export const TASK_EVENT_TYPES = Object.keys(TASK_EVENT_STATUS_CHANGES) as readonly TaskEventType[];
