/** Chinese labels the read side shows, keyed by the codes the domain uses. */
import type { DirectoryEvent } from '../directory/directory.events';
import type { OfficialKind, UnitKind } from '../directory/directory.commands';
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

export const EVENT_TYPE_LABELS: Readonly<
  Record<TaskEvent['type'] | ProgrammeEvent['type'] | DirectoryEvent['type'], string>
> = {
  ProgrammeLaunched: '督办批次启动',
  ProgrammeClosed: '督办批次总结',
  UnitRegistered: '登记单位',
  OfficialRegistered: '登记人员',
  OfficialAssignedToUnit: '人员调整单位',
  TaskIssued: '立项交办',
  TaskAcknowledged: '签收',
  TaskSentBack: '退回',
  ResponsibilityReassigned: '改派',
  WorkPlanSubmitted: '报送工作打算',
  MilestoneCompleted: '完成节点',
  ProgressReported: '报送进展',
  InstructionRecorded: '领导批示',
  UrgeNoticeIssued: '催办',
  DeadlineExtensionRequested: '申请延期',
  DeadlineExtended: '同意延期',
  DeadlineExtensionRejected: '不同意延期',
  DeadlineMissed: '逾期',
  CooperationRequested: '请求协作配合',
  CooperationProvided: '协作配合反馈',
  OutcomeRecorded: '登记成果',
  CompletionCountersigned: '会签',
  CompletionReported: '完成情况汇报',
  CompletionAccepted: '办结',
  CompletionReturned: '退回重办',
  LookBackReviewOpened: '启动回头看',
  RectificationReported: '报送整改情况',
  LookBackReviewClosed: '回头看结束',
  TaskRated: '评价',
  TaskSuspended: '中止',
  TaskResumed: '恢复办理',
  TaskCancelled: '撤销',
};
