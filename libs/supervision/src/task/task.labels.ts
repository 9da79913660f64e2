/** Chinese text the read side shows: the labels of the domain's codes, and each event's label, sentence and why fields. */
import type { DirectoryEvent } from '../directory/directory.events';
import { DIRECTORY_EVENT_DESCRIPTIONS } from '../directory/directory.event-descriptions';
import type { OfficialKind, UnitKind } from '../directory/directory.commands';
import {
  officialRef as official,
  quote,
  unitRef as unit,
  type DataOfEvent,
  type SentencePart,
  type TimelineEventDescriptions,
} from '../kernel/event-description';
import { PROGRAMME_EVENT_DESCRIPTIONS } from '../programme/programme.event-descriptions';
import type { ProgrammeEvent } from '../programme/programme.events';
import type { ProgrammeStatus } from '../programme/programme.state';
import type { OutcomeKind, Rating } from './task.commands';
import type { TaskEvent, TaskStatus } from './task.events';
import type { TrafficLight } from './task-flags';

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  issued: '已交办',
  sent_back: '已退回',
  acknowledged: '已签收',
  in_progress: '办理中',
  completion_reported: '已报完成',
  completed: '已办结',
  under_review: '回头看中',
  suspended: '已中止',
  cancelled: '已撤销',
};

/** Lines of work (条线). A task's category is this Chinese text itself, so the label of a category is the category; the list is not closed. */
export const TASK_CATEGORIES = [
  '刑事检察',
  '民事检察',
  '行政检察',
  '公益诉讼检察',
  '未成年人检察',
  '刑事执行检察',
  '控告申诉检察',
  '知识产权',
  '人民监督员',
  '队伍建设/巡视整改',
  '科技/大数据',
  '基层建设',
  '其他',
] as const;

export function categoryLabel(category: string): string {
  return category;
}

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
};

export const OUTCOME_KIND_LABELS: Readonly<Record<OutcomeKind, string>> = {
  typical_case: '典型案例',
  rule: '规范性文件',
  system: '工作机制/系统',
  report: '报告',
  other: '其他',
};

export const TRAFFIC_LIGHT_LABELS: Readonly<Record<TrafficLight, string>> = {
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
  none: '—',
};

export const PROGRAMME_STATUS_LABELS: Readonly<Record<ProgrammeStatus, string>> = {
  launched: '督办中',
  closed: '已结束',
};

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  department: '内设机构',
  procuratorate: '检察院',
  institution: '直属事业单位',
};

export const OFFICIAL_KIND_LABELS: Readonly<Record<OfficialKind, string>> = {
  leader: '院领导',
  committee_member: '检委会专职委员',
  staff: '工作人员',
};

/**
 * Every task event as people read it, one entry per event type: its Chinese label, its timeline
 * sentence and its why fields (kernel/event-description.ts). A new event type does not compile until
 * it has its entry here; the timeline, the detail and the audit all read this table.
 */
export const TASK_EVENT_DESCRIPTIONS: TimelineEventDescriptions<TaskEvent> = {
  TaskIssued: {
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
  TaskAcknowledged: { label: '签收', why: [], sentence: (data) => [unit(data.unitId), ' 签收任务'] },
  TaskSentBack: {
    label: '退回',
    why: ['reason'],
    sentence: (data) => [unit(data.unitId), ` 退回任务：${quote(data.reason)}`],
  },
  ResponsibilityReassigned: {
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
    label: '报送工作打算',
    why: [],
    sentence: (data) => [`报送工作打算，设 ${data.milestones.length} 个节点：${quote(data.plan)}`],
  },
  MilestoneCompleted: { label: '完成节点', why: [], sentence: (data) => [`完成节点 ${data.milestoneId}`] },
  ProgressReported: {
    label: '报送进展',
    why: ['summary'],
    sentence: (data) => [
      `报送进展（${data.percent}%）${data.answersUrgeId ? '，答复催办' : ''}：${quote(data.summary)}`,
    ],
  },
  InstructionRecorded: {
    label: '领导批示',
    why: ['text'],
    sentence: (data) => [official(data.leaderId), ` 批示：${quote(data.text)}`],
  },
  UrgeNoticeIssued: {
    label: '催办',
    why: ['reason'],
    sentence: (data) => [`催办：${quote(data.reason)}；请于 ${data.replyDueOn} 前答复`],
  },
  DeadlineExtensionRequested: {
    label: '申请延期',
    why: ['reason'],
    sentence: (data) => [`申请将期限由 ${data.currentDeadline} 延至 ${data.requestedDeadline}：${quote(data.reason)}`],
  },
  DeadlineExtended: {
    label: '同意延期',
    why: [],
    sentence: (data) => [`同意延期，期限由 ${data.previousDeadline} 延至 ${data.newDeadline}`],
  },
  DeadlineExtensionRejected: {
    label: '不同意延期',
    why: ['reason'],
    sentence: (data) => [`不同意延期：${quote(data.reason)}`],
  },
  DeadlineMissed: { label: '逾期', why: [], sentence: (data) => [`已超过期限 ${data.deadline}`] },
  CooperationRequested: {
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
    label: '协作配合反馈',
    why: ['response'],
    sentence: (data) => [unit(data.unitId), ` 反馈协作配合：${quote(data.response)}`],
  },
  OutcomeRecorded: {
    label: '登记成果',
    why: [],
    sentence: (data) => [`登记成果（${OUTCOME_KIND_LABELS[data.kind] ?? data.kind}）：${quote(data.title)}`],
  },
  CompletionCountersigned: {
    label: '会签',
    why: ['comment'],
    sentence: (data) => [unit(data.unitId), ` 会签${withComment(data.comment)}`],
  },
  CompletionReported: {
    label: '完成情况汇报',
    why: ['summary'],
    sentence: (data) => [`汇报完成情况：${quote(data.summary)}`],
  },
  CompletionAccepted: { label: '办结', why: ['comment'], sentence: (data) => [`办结${withComment(data.comment)}`] },
  CompletionReturned: {
    label: '退回重办',
    why: ['reason'],
    sentence: (data) => [`退回重办：${quote(data.reason)}`],
  },
  LookBackReviewOpened: {
    label: '启动回头看',
    why: ['findings'],
    sentence: (data) => [`启动回头看：${quote(data.findings)}`],
  },
  RectificationReported: {
    label: '报送整改情况',
    why: ['summary'],
    sentence: (data) => [`报送整改情况：${quote(data.summary)}`],
  },
  LookBackReviewClosed: {
    label: '回头看结束',
    why: ['conclusion'],
    sentence: (data) => [`回头看结束：${quote(data.conclusion)}`],
  },
  TaskRated: {
    label: '评价',
    why: [],
    sentence: (data) => [`评价为“${RATING_LABELS[data.rating] ?? data.rating}”`],
  },
  TaskSuspended: { label: '中止', why: ['reason'], sentence: (data) => [`中止办理：${quote(data.reason)}`] },
  TaskResumed: { label: '恢复办理', why: ['reason'], sentence: (data) => [`恢复办理：${quote(data.reason)}`] },
  TaskCancelled: { label: '撤销', why: ['reason'], sentence: (data) => [`撤销任务：${quote(data.reason)}`] },
};

/**
 * The timeline sentence of a task event: its table entry's sentence, then the evidence files (佐证材料)
 * the act carried, whatever the act (the detail lists them for download). A newer event type than this
 * code knows still gets one entry, with its type as the sentence.
 */
export function timelineSentence(event: TaskEvent): SentencePart[] {
  const sentence = sentenceOf(event.type, event.data);
  const attachments = 'attachments' in event.data ? (event.data.attachments ?? []) : [];
  return attachments.length > 0
    ? [...sentence, `（附佐证材料 ${attachments.length} 份：${attachments.map((a) => quote(a.name)).join('、')}）`]
    : sentence;
}

function sentenceOf<T extends TaskEvent['type']>(type: T, data: DataOfEvent<TaskEvent, T>): SentencePart[] {
  return Object.hasOwn(TASK_EVENT_DESCRIPTIONS, type) ? TASK_EVENT_DESCRIPTIONS[type].sentence(data) : [type];
}

function withComment(comment: string | null): string {
  return comment ? `：${quote(comment)}` : '';
}

/** The Chinese label of every event type of every aggregate, from their description tables. */
export const EVENT_TYPE_LABELS: Readonly<
  Record<TaskEvent['type'] | ProgrammeEvent['type'] | DirectoryEvent['type'], string>
> = labelsOf({ ...PROGRAMME_EVENT_DESCRIPTIONS, ...DIRECTORY_EVENT_DESCRIPTIONS, ...TASK_EVENT_DESCRIPTIONS });

function labelsOf<T extends string>(descriptions: Readonly<Record<T, { readonly label: string }>>): Record<T, string> {
  const labels = {} as Record<T, string>;
  for (const type of Object.keys(descriptions) as T[]) labels[type] = descriptions[type].label;
  return labels;
}
