/**
 * Every event of a task, past tense. Data is plain JSON (hashed after a JSON round trip): instants
 * as ISO strings in `<verb>At`, calendar dates 'YYYY-MM-DD', optional values as null, never undefined.
 */
import type { Message } from '../kernel/decider';
import {
  officialRef as official,
  quote,
  unitRef as unit,
  type SentencePart,
  type TimelineEventDescription,
} from '../kernel/event-description';
import type { Attachment } from './task.attachments';
import { OUTCOME_KIND_LABELS, RATING_LABELS, type OutcomeKind, type Rating } from './task.commands';

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

/** One event type's entry: what it does to the status, and how people read it. */
export interface TaskEventEntry<Event extends TaskEvent> extends TimelineEventDescription<Event['data']> {
  readonly status: StatusChange<Event>;
}

/**
 * Every task event, declared once: the status it leaves the task in ('unchanged', a status, or one the event
 * names), its Chinese label, its timeline sentence and its why fields (kernel/event-description.ts). A new event
 * type does not compile until it has its entry here. The decoder lets in only these types; the status transition
 * (task.status.ts) reads `status`; the timeline, the detail and the audit read the rest.
 */
export const TASK_EVENTS: { readonly [Type in TaskEventType]: TaskEventEntry<TaskEventOf<Type>> } = {
  TaskIssued: {
    status: 'issued',
    label: '立项交办',
    why: [],
    sentence: ({ title, leadUnitId, coUnitIds, deadline }) => [
      `交办任务“${quote(title)}”，牵头单位 `,
      unit(leadUnitId),
      '，配合单位 ',
      ...(coUnitIds.length > 0
        ? coUnitIds.flatMap((id, index): SentencePart[] => (index === 0 ? [unit(id)] : ['、', unit(id)]))
        : ['无']),
      `，期限 ${deadline}`,
    ],
  },
  TaskAcknowledged: {
    status: 'acknowledged',
    label: '签收',
    why: [],
    sentence: (data) => [unit(data.unitId), ' 签收任务'],
  },
  TaskSentBack: {
    status: 'sent_back',
    label: '退回',
    why: ['reason'],
    sentence: (data) => [unit(data.unitId), ` 退回任务：${quote(data.reason)}`],
  },
  ResponsibilityReassigned: {
    status: 'issued',
    label: '改派',
    why: ['reason'],
    sentence: (data) => [
      '改派牵头单位为 ',
      unit(data.leadUnitId),
      '（原 ',
      unit(data.previousLeadUnitId),
      `）：${quote(data.reason)}`,
    ],
  },
  WorkPlanSubmitted: {
    status: 'in_progress',
    label: '报送工作打算',
    why: [],
    sentence: (data) => [`报送工作打算，${milestoneCount(data.milestones.length)}：${quote(data.plan)}`],
  },
  MilestoneCompleted: {
    status: 'unchanged',
    label: '完成节点',
    why: [],
    sentence: (data) => [`完成节点 ${data.milestoneId}`],
  },
  ProgressReported: {
    status: 'unchanged',
    label: '报送进展',
    why: ['summary'],
    sentence: (data) => [
      `报送进展（${data.percent}%）${data.answersUrgeId ? '，答复催办' : ''}：${quote(data.summary)}`,
    ],
  },
  InstructionRecorded: {
    status: 'unchanged',
    label: '领导批示',
    why: ['text'],
    sentence: (data) => [official(data.leaderId), ` 批示：${quote(data.text)}`],
  },
  UrgeNoticeIssued: {
    status: 'unchanged',
    label: '催办',
    why: ['reason'],
    sentence: (data) => [`催办：${quote(data.reason)}；请于 ${data.replyDueOn} 前答复`],
  },
  DeadlineExtensionRequested: {
    status: 'unchanged',
    label: '申请延期',
    why: ['reason'],
    sentence: (data) => [`申请将期限由 ${data.currentDeadline} 延至 ${data.requestedDeadline}：${quote(data.reason)}`],
  },
  DeadlineExtended: {
    status: 'unchanged',
    label: '同意延期',
    why: [],
    sentence: (data) => [`同意延期，期限由 ${data.previousDeadline} 延至 ${data.newDeadline}`],
  },
  DeadlineExtensionRejected: {
    status: 'unchanged',
    label: '不同意延期',
    why: ['reason'],
    sentence: (data) => [`不同意延期：${quote(data.reason)}`],
  },
  DeadlineMissed: { status: 'unchanged', label: '逾期', why: [], sentence: (data) => [`已超过期限 ${data.deadline}`] },
  CooperationRequested: {
    status: 'unchanged',
    label: '请求协作配合',
    why: ['subject'],
    sentence: (data) => [
      unit(data.requestedByUnitId),
      ' 请求 ',
      unit(data.fromUnitId),
      ` 协作配合：${quote(data.subject)}`,
    ],
  },
  CooperationProvided: {
    status: 'unchanged',
    label: '协作配合反馈',
    why: ['response'],
    sentence: (data) => [unit(data.unitId), ` 反馈协作配合：${quote(data.response)}`],
  },
  OutcomeRecorded: {
    status: 'unchanged',
    label: '登记成果',
    why: [],
    sentence: (data) => [`登记成果（${OUTCOME_KIND_LABELS[data.kind] ?? data.kind}）：${quote(data.title)}`],
  },
  CompletionCountersigned: {
    status: 'unchanged',
    label: '会签',
    why: ['comment'],
    sentence: (data) => [unit(data.unitId), ` 会签${withComment(data.comment)}`],
  },
  CompletionReported: {
    status: 'completion_reported',
    label: '完成情况汇报',
    why: ['summary'],
    sentence: (data) => [`汇报完成情况：${quote(data.summary)}`],
  },
  CompletionAccepted: {
    status: 'completed',
    label: '办结',
    why: ['comment'],
    sentence: (data) => [`办结${withComment(data.comment)}`],
  },
  CompletionReturned: {
    status: 'in_progress',
    label: '退回重办',
    why: ['reason'],
    sentence: (data) => [`退回重办：${quote(data.reason)}`],
  },
  LookBackReviewOpened: {
    status: 'under_review',
    label: '启动回头看',
    why: ['findings'],
    sentence: (data) => [`启动回头看：${quote(data.findings)}`],
  },
  RectificationReported: {
    status: 'unchanged',
    label: '报送整改情况',
    why: ['summary'],
    sentence: (data) => [`报送整改情况：${quote(data.summary)}`],
  },
  LookBackReviewClosed: {
    status: 'completed',
    label: '回头看结束',
    why: ['conclusion'],
    sentence: (data) => [`回头看结束：${quote(data.conclusion)}`],
  },
  TaskRated: {
    status: 'unchanged',
    label: '评价',
    why: [],
    sentence: (data) => [`评价为“${RATING_LABELS[data.rating] ?? data.rating}”`],
  },
  TaskSuspended: {
    status: 'suspended',
    label: '中止',
    why: ['reason'],
    sentence: (data) => [`中止办理：${quote(data.reason)}`],
  },
  TaskResumed: {
    status: ({ data }) => data.resumedStatus,
    label: '恢复办理',
    why: ['reason'],
    sentence: (data) => [`恢复办理：${quote(data.reason)}`],
  },
  TaskCancelled: {
    status: 'cancelled',
    label: '撤销',
    why: ['reason'],
    sentence: (data) => [`撤销任务：${quote(data.reason)}`],
  },
};

export const TASK_EVENT_TYPES = Object.keys(TASK_EVENTS) as readonly TaskEventType[];

/** "设 0 个节点" is exact but reads as a slip; an office says a plan set none. */
function milestoneCount(count: number): string {
  return count === 0 ? '未设节点' : `设 ${count} 个节点`;
}

function withComment(comment: string | null): string {
  return comment ? `：${quote(comment)}` : '';
}
