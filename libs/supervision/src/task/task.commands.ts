/** Every command on a task (督办任务), imperative; ids of new sub-entities come from the caller. */
import type { Message } from '../kernel/decider';
import type { Attachment } from './task.attachments';

export const OUTCOME_KINDS = ['typical_case', 'rule', 'system', 'report', 'other'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_KIND_LABELS: Readonly<Record<OutcomeKind, string>> = {
  typical_case: '典型案例',
  rule: '规范性文件',
  system: '工作机制/系统',
  report: '报告',
  other: '其他',
};

/** 评价: excellent 优秀, good 良好, pass 合格, fail 不合格. */
export const RATINGS = ['excellent', 'good', 'pass', 'fail'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
};

export interface MilestoneInput {
  readonly milestoneId: string;
  readonly title: string;
  /** 'YYYY-MM-DD' */
  readonly dueOn: string;
}

type Reasoned<Type extends string> = Message<Type, { readonly reason: string }>;
type Empty<Type extends string> = Message<Type, Readonly<Record<string, never>>>;

export type IssueTask = Message<
  'IssueTask',
  {
    readonly taskId: string;
    readonly programmeId: string;
    readonly code: string;
    readonly title: string;
    readonly description: string;
    /** Line of work in Chinese, e.g. 未成年人检察 (see TASK_CATEGORIES); free text. */
    readonly category: string;
    readonly leadLeaderId: string;
    readonly leadUnitId: string;
    readonly coUnitIds: readonly string[];
    /** 'YYYY-MM-DD', met through the end of that day in Beijing. */
    readonly deadline: string;
  }
>;
export type AcknowledgeTask = Empty<'AcknowledgeTask'>;
export type SendBackTask = Reasoned<'SendBackTask'>;
export type ReassignResponsibility = Message<
  'ReassignResponsibility',
  {
    readonly leadUnitId: string;
    readonly coUnitIds: readonly string[];
    readonly leadLeaderId?: string;
    readonly reason: string;
  }
>;

export type SubmitWorkPlan = Message<
  'SubmitWorkPlan',
  { readonly plan: string; readonly milestones: readonly MilestoneInput[] }
>;
/** Evidence files (佐证材料) a report carries: the bytes are uploaded first (POST /api/files), the command names them. */
type WithAttachments = { readonly attachments?: readonly Attachment[] };

export type ReportProgress = Message<
  'ReportProgress',
  { readonly summary: string; readonly percent: number; readonly answersUrgeId?: string } & WithAttachments
>;
export type CompleteMilestone = Message<'CompleteMilestone', { readonly milestoneId: string }>;
export type RecordOutcome = Message<
  'RecordOutcome',
  {
    readonly outcomeId: string;
    readonly kind: OutcomeKind;
    readonly title: string;
    readonly description?: string;
  } & WithAttachments
>;
/** `fromUnitId` is the unit asked to co-operate (协作配合, 线索移送). */
export type RequestCooperation = Message<
  'RequestCooperation',
  { readonly requestId: string; readonly fromUnitId: string; readonly subject: string }
>;
export type ProvideCooperation = Message<
  'ProvideCooperation',
  { readonly requestId: string; readonly response: string }
>;

export type RecordInstruction = Message<'RecordInstruction', { readonly text: string }>;
export type IssueUrgeNotice = Message<
  'IssueUrgeNotice',
  { readonly urgeId: string; readonly reason: string; readonly replyDueOn: string }
>;
/** Sent by the deadline watcher; idempotent per deadline. */
export type RecordMissedDeadline = Message<'RecordMissedDeadline', { readonly deadline: string }>;
export type RequestDeadlineExtension = Message<
  'RequestDeadlineExtension',
  { readonly requestId: string; readonly requestedDeadline: string; readonly reason: string }
>;
export type ApproveDeadlineExtension = Message<'ApproveDeadlineExtension', { readonly requestId: string }>;
export type RejectDeadlineExtension = Message<
  'RejectDeadlineExtension',
  { readonly requestId: string; readonly reason: string }
>;

export type CountersignCompletion = Message<'CountersignCompletion', { readonly comment?: string }>;
/** `outcomes`: ids of recorded outcomes the report presents; all recorded outcomes when absent. */
export type ReportCompletion = Message<
  'ReportCompletion',
  { readonly summary: string; readonly outcomes?: readonly string[] } & WithAttachments
>;
export type AcceptCompletion = Message<'AcceptCompletion', { readonly comment?: string }>;
export type ReturnCompletion = Reasoned<'ReturnCompletion'>;
export type RateTask = Message<'RateTask', { readonly rating: Rating }>;
export type OpenLookBackReview = Message<
  'OpenLookBackReview',
  { readonly reviewId: string; readonly findings: string }
>;
export type ReportRectification = Message<'ReportRectification', { readonly summary: string } & WithAttachments>;
export type CloseLookBackReview = Message<'CloseLookBackReview', { readonly conclusion: string }>;

export type SuspendTask = Reasoned<'SuspendTask'>;
export type ResumeTask = Reasoned<'ResumeTask'>;
export type CancelTask = Reasoned<'CancelTask'>;

export type TaskCommand =
  | IssueTask
  | AcknowledgeTask
  | SendBackTask
  | ReassignResponsibility
  | SubmitWorkPlan
  | ReportProgress
  | CompleteMilestone
  | RecordOutcome
  | RequestCooperation
  | ProvideCooperation
  | RecordInstruction
  | IssueUrgeNotice
  | RecordMissedDeadline
  | RequestDeadlineExtension
  | ApproveDeadlineExtension
  | RejectDeadlineExtension
  | CountersignCompletion
  | ReportCompletion
  | AcceptCompletion
  | ReturnCompletion
  | RateTask
  | OpenLookBackReview
  | ReportRectification
  | CloseLookBackReview
  | SuspendTask
  | ResumeTask
  | CancelTask;

export type TaskCommandType = TaskCommand['type'];
