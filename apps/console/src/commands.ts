/**
 * The commands a task's page may offer, one entry per TaskActionCommand: its route (a key of the
 * generated paths, so a route the API no longer has fails the type check), its Chinese and English
 * names and the fields of its form (names of the generated DTO's fields, checked the same way).
 */
import type { paths } from './api/schema';
import type { TaskActionCommand } from './api/client';

type CommandPath = {
  [P in keyof paths]: paths[P] extends { post: { requestBody?: unknown } } ? P : never;
}[keyof paths] &
  `/api/tasks/{taskId}/${string}`;
type BodyOf<P extends CommandPath> = paths[P]['post'] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'percent'
  | 'rating'
  | 'outcomeKind'
  | 'unit'
  | 'units'
  | 'milestones'
  | 'urge'
  | 'attachments';

export interface FieldSpec<Name extends string = string> {
  readonly name: Name;
  readonly zh: string;
  readonly en: string;
  readonly kind: FieldKind;
  readonly required: boolean;
}

/** Which sub-entity a route's second path parameter names, chosen on the task's page. */
export type SubEntity = 'extensionRequest' | 'cooperationRequest' | 'milestone';

export interface CommandSpec<P extends CommandPath = CommandPath> {
  readonly path: P;
  readonly zh: string;
  readonly en: string;
  readonly fields: readonly FieldSpec<Extract<keyof BodyOf<P>, string>>[];
  readonly subEntity?: SubEntity;
  /** Shown as the form's primary button colour: returns, cancels and the like are red. */
  readonly danger?: boolean;
}

function command<P extends CommandPath>(spec: CommandSpec<P>): CommandSpec {
  return spec;
}

const reason = { name: 'reason', zh: '理由', en: 'Reason', kind: 'textarea', required: true } as const;
/** Evidence files (佐证材料): each uploaded when chosen, the report names them (POST /api/files first). */
const attachments = {
  name: 'attachments',
  zh: '佐证材料',
  en: 'Evidence files',
  kind: 'attachments',
  required: false,
} as const;
const comment = { name: 'comment', zh: '意见', en: 'Comment', kind: 'textarea', required: false } as const;

export const COMMANDS: Record<TaskActionCommand, CommandSpec> = {
  AcknowledgeTask: command({ path: '/api/tasks/{taskId}/acknowledge', zh: '签收', en: 'Acknowledge', fields: [] }),
  SendBackTask: command({
    path: '/api/tasks/{taskId}/send-back',
    zh: '退回',
    en: 'Send back',
    fields: [reason],
    danger: true,
  }),
  ReassignResponsibility: command({
    path: '/api/tasks/{taskId}/reassign',
    zh: '改派',
    en: 'Reassign',
    fields: [
      { name: 'leadUnitId', zh: '牵头单位', en: 'Lead unit', kind: 'unit', required: true },
      { name: 'coUnitIds', zh: '协办单位', en: 'Co-units', kind: 'units', required: false },
      reason,
    ],
  }),
  SubmitWorkPlan: command({
    path: '/api/tasks/{taskId}/plan',
    zh: '报送工作打算',
    en: 'Submit work plan',
    fields: [
      { name: 'plan', zh: '工作打算', en: 'Plan', kind: 'textarea', required: true },
      { name: 'milestones', zh: '节点', en: 'Milestones', kind: 'milestones', required: false },
    ],
  }),
  ReportProgress: command({
    path: '/api/tasks/{taskId}/progress',
    zh: '报送进展',
    en: 'Report progress',
    fields: [
      { name: 'summary', zh: '进展情况', en: 'Summary', kind: 'textarea', required: true },
      { name: 'percent', zh: '完成比例（%）', en: 'Percent done', kind: 'percent', required: true },
      { name: 'answersUrgeId', zh: '答复催办', en: 'Answers urge', kind: 'urge', required: false },
      attachments,
    ],
  }),
  CompleteMilestone: command({
    path: '/api/tasks/{taskId}/milestones/{milestoneId}/complete',
    zh: '完成节点',
    en: 'Complete milestone',
    fields: [],
    subEntity: 'milestone',
  }),
  RecordOutcome: command({
    path: '/api/tasks/{taskId}/outcomes',
    zh: '登记成果',
    en: 'Record outcome',
    fields: [
      { name: 'kind', zh: '成果类型', en: 'Kind', kind: 'outcomeKind', required: true },
      { name: 'title', zh: '成果名称', en: 'Title', kind: 'text', required: true },
      { name: 'description', zh: '说明', en: 'Description', kind: 'textarea', required: false },
      attachments,
    ],
  }),
  RequestCooperation: command({
    path: '/api/tasks/{taskId}/cooperation-requests',
    zh: '请求协作配合',
    en: 'Request co-operation',
    fields: [
      { name: 'fromUnitId', zh: '请求单位', en: 'From unit', kind: 'unit', required: true },
      { name: 'subject', zh: '协作事项', en: 'Subject', kind: 'textarea', required: true },
    ],
  }),
  ProvideCooperation: command({
    path: '/api/tasks/{taskId}/cooperation-requests/{requestId}/provide',
    zh: '协作配合反馈',
    en: 'Provide co-operation',
    fields: [{ name: 'response', zh: '反馈', en: 'Response', kind: 'textarea', required: true }],
    subEntity: 'cooperationRequest',
  }),
  RecordInstruction: command({
    path: '/api/tasks/{taskId}/instructions',
    zh: '领导批示',
    en: 'Record instruction',
    fields: [{ name: 'text', zh: '批示内容', en: 'Instruction', kind: 'textarea', required: true }],
  }),
  IssueUrgeNotice: command({
    path: '/api/tasks/{taskId}/urge',
    zh: '催办',
    en: 'Urge',
    fields: [reason, { name: 'replyDueOn', zh: '答复期限', en: 'Reply due on', kind: 'date', required: true }],
  }),
  RequestDeadlineExtension: command({
    path: '/api/tasks/{taskId}/extension-requests',
    zh: '申请延期',
    en: 'Request extension',
    fields: [{ name: 'requestedDeadline', zh: '申请延至', en: 'New deadline', kind: 'date', required: true }, reason],
  }),
  ApproveDeadlineExtension: command({
    path: '/api/tasks/{taskId}/extension-requests/{requestId}/approve',
    zh: '同意延期',
    en: 'Approve extension',
    fields: [],
    subEntity: 'extensionRequest',
  }),
  RejectDeadlineExtension: command({
    path: '/api/tasks/{taskId}/extension-requests/{requestId}/reject',
    zh: '不同意延期',
    en: 'Reject extension',
    fields: [reason],
    subEntity: 'extensionRequest',
    danger: true,
  }),
  CountersignCompletion: command({
    path: '/api/tasks/{taskId}/countersign',
    zh: '会签',
    en: 'Countersign',
    fields: [comment],
  }),
  ReportCompletion: command({
    path: '/api/tasks/{taskId}/completion-report',
    zh: '完成情况汇报',
    en: 'Report completion',
    fields: [{ name: 'summary', zh: '完成情况', en: 'Summary', kind: 'textarea', required: true }, attachments],
  }),
  AcceptCompletion: command({ path: '/api/tasks/{taskId}/accept', zh: '办结', en: 'Accept', fields: [comment] }),
  ReturnCompletion: command({
    path: '/api/tasks/{taskId}/return',
    zh: '退回重办',
    en: 'Return',
    fields: [reason],
    danger: true,
  }),
  RateTask: command({
    path: '/api/tasks/{taskId}/rating',
    zh: '评价',
    en: 'Rate',
    fields: [{ name: 'rating', zh: '评价', en: 'Rating', kind: 'rating', required: true }],
  }),
  OpenLookBackReview: command({
    path: '/api/tasks/{taskId}/look-back',
    zh: '启动回头看',
    en: 'Open look-back',
    fields: [{ name: 'findings', zh: '发现的问题', en: 'Findings', kind: 'textarea', required: true }],
  }),
  ReportRectification: command({
    path: '/api/tasks/{taskId}/rectification',
    zh: '报送整改情况',
    en: 'Report rectification',
    fields: [{ name: 'summary', zh: '整改情况', en: 'Summary', kind: 'textarea', required: true }, attachments],
  }),
  CloseLookBackReview: command({
    path: '/api/tasks/{taskId}/look-back/close',
    zh: '结束回头看',
    en: 'Close look-back',
    fields: [{ name: 'conclusion', zh: '结论', en: 'Conclusion', kind: 'textarea', required: true }],
  }),
  SuspendTask: command({
    path: '/api/tasks/{taskId}/suspend',
    zh: '中止',
    en: 'Suspend',
    fields: [reason],
    danger: true,
  }),
  ResumeTask: command({ path: '/api/tasks/{taskId}/resume', zh: '恢复办理', en: 'Resume', fields: [reason] }),
  CancelTask: command({ path: '/api/tasks/{taskId}/cancel', zh: '撤销', en: 'Cancel', fields: [reason], danger: true }),
};
