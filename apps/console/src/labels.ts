/**
 * Labels of states, events, lights and ratings: the Chinese ones are the domain's own (the same the
 * API answers with), imported at build time; the English ones are keyed by the same codes, so a
 * status or event the domain adds fails the type check here until it has both.
 */
import { OUTCOME_KIND_LABELS, RATING_LABELS } from '../../../libs/supervision/src/task/task.commands';
import {
  EVENT_TYPE_LABELS,
  TASK_STATUS_LABELS,
  TRAFFIC_LIGHT_LABELS,
} from '../../../libs/supervision/src/task/task.labels';
import { FIGURE_KEYS as OFFICE_FIGURE_KEYS, FIGURE_LABELS } from '../../../libs/office/src/reports/period-figures';
import type { Role } from '../../../libs/supervision/src/kernel/actor';
import type { paths } from './api/schema';
import type { Lang } from './i18n';

/** The read models the API knows, as its OpenAPI document lists them. */
export type ReadModelName = paths['/api/projections/{name}/rebuild']['post']['parameters']['path']['name'];

type Codes<T> = Record<keyof T, string>;

const STATUS_EN: Codes<typeof TASK_STATUS_LABELS> = {
  issued: 'Issued',
  sent_back: 'Sent back',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  completion_reported: 'Completion reported',
  completed: 'Completed',
  under_review: 'Under look-back review',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
};

const LIGHT_EN: Codes<typeof TRAFFIC_LIGHT_LABELS> = { green: 'Green', yellow: 'Yellow', red: 'Red', none: '—' };

const RATING_EN: Codes<typeof RATING_LABELS> = { excellent: 'Excellent', good: 'Good', pass: 'Pass', fail: 'Fail' };

const OUTCOME_KIND_EN: Codes<typeof OUTCOME_KIND_LABELS> = {
  typical_case: 'Typical case',
  rule: 'Normative document',
  system: 'Mechanism / system',
  report: 'Report',
  other: 'Other',
};

const EVENT_EN: Codes<typeof EVENT_TYPE_LABELS> = {
  ProgrammeLaunched: 'Programme launched',
  ProgrammeClosed: 'Programme closed',
  UnitRegistered: 'Unit registered',
  OfficialRegistered: 'Official registered',
  OfficialAssignedToUnit: 'Official moved to unit',
  TaskIssued: 'Issued',
  TaskAcknowledged: 'Acknowledged',
  TaskSentBack: 'Sent back',
  ResponsibilityReassigned: 'Reassigned',
  WorkPlanSubmitted: 'Work plan submitted',
  MilestoneCompleted: 'Milestone completed',
  ProgressReported: 'Progress reported',
  InstructionRecorded: 'Instruction',
  UrgeNoticeIssued: 'Urged',
  DeadlineExtensionRequested: 'Extension requested',
  DeadlineExtended: 'Extension approved',
  DeadlineExtensionRejected: 'Extension rejected',
  DeadlineMissed: 'Deadline missed',
  CooperationRequested: 'Co-operation requested',
  CooperationProvided: 'Co-operation provided',
  OutcomeRecorded: 'Outcome recorded',
  CompletionCountersigned: 'Countersigned',
  CompletionReported: 'Completion reported',
  CompletionAccepted: 'Accepted',
  CompletionReturned: 'Returned',
  LookBackReviewOpened: 'Look-back opened',
  RectificationReported: 'Rectification reported',
  LookBackReviewClosed: 'Look-back closed',
  TaskRated: 'Rated',
  TaskSuspended: 'Suspended',
  TaskResumed: 'Resumed',
  TaskCancelled: 'Cancelled',
};

function pick<T extends Record<string, string>>(zh: T, en: Codes<T>, lang: Lang, code: string): string {
  const table: Record<string, string> = lang === 'zh' ? zh : en;
  return table[code] ?? code;
}

export const TASK_STATUSES = Object.keys(TASK_STATUS_LABELS) as (keyof typeof TASK_STATUS_LABELS)[];
export const EVENT_TYPES = Object.keys(EVENT_TYPE_LABELS) as (keyof typeof EVENT_TYPE_LABELS)[];
export const LIGHTS = Object.keys(TRAFFIC_LIGHT_LABELS) as (keyof typeof TRAFFIC_LIGHT_LABELS)[];
export const RATINGS = Object.keys(RATING_LABELS) as (keyof typeof RATING_LABELS)[];
export const OUTCOME_KINDS = Object.keys(OUTCOME_KIND_LABELS) as (keyof typeof OUTCOME_KIND_LABELS)[];

export const statusLabel = (code: string, lang: Lang) => pick(TASK_STATUS_LABELS, STATUS_EN, lang, code);
/**
 * The domain's label of 'none' is a dash, right in a task's cell (LightTag draws it so) but saying
 * nothing as a filter's option or a chart's bar, where this one names it: finished tasks (办结, 撤销)
 * are no longer measured against their deadline.
 */
const NO_LIGHT: [string, string] = ['不亮灯', 'No light'];

export const lightLabel = (code: string, lang: Lang) =>
  code === 'none' ? NO_LIGHT[lang === 'zh' ? 0 : 1] : pick(TRAFFIC_LIGHT_LABELS, LIGHT_EN, lang, code);
export const eventLabel = (code: string, lang: Lang) => pick(EVENT_TYPE_LABELS, EVENT_EN, lang, code);
export const ratingLabel = (code: string, lang: Lang) => pick(RATING_LABELS, RATING_EN, lang, code);
export const outcomeKindLabel = (code: string, lang: Lang) => pick(OUTCOME_KIND_LABELS, OUTCOME_KIND_EN, lang, code);

/** A periodic report's figures (月报, 季报, 年报), in the order the reports list them. */
export const FIGURE_KEYS = OFFICE_FIGURE_KEYS;
const FIGURE_EN: Codes<typeof FIGURE_LABELS> = {
  issued: 'Issued',
  completed: 'Completed',
  completedOnTime: 'Completed on time',
  overdue: 'Overdue at the end',
  urged: 'Urged',
  extended: 'Extended',
  returned: 'Returned',
};
export const figureLabel = (code: string, lang: Lang) => pick(FIGURE_LABELS, FIGURE_EN, lang, code);
/** The roles as the office names them; keyed by the domain's roles, so a role it adds fails the type check here. */
const ROLE_LABELS: Record<Role, [string, string]> = {
  supervisor: ['督办办公室', 'Supervision office'],
  leader: ['院领导', 'Leader'],
  unit: ['承办单位', 'Unit'],
  auditor: ['审计（巡视/纪检）', 'Auditor'],
  reader: ['看板', 'Reader'],
  admin: ['运维', 'Operator'],
};

/** What each role does in the ledger, in a line (the demo sign-in lists it under each user). */
const ROLE_DUTIES: Record<Role, [string, string]> = {
  supervisor: [
    '立项交办、催办、审核延期、验收或退回、评价、回头看',
    'Issues, urges, rules on extensions, accepts or returns, rates, looks back',
  ],
  leader: ['批示、审阅分管任务的工作打算与汇报', 'Instructions; reads the plans and reports of the tasks they lead'],
  unit: [
    '签收、报送工作打算与进展、会签、汇报完成情况',
    'Acknowledges, submits plans and progress, countersigns, reports completion',
  ],
  auditor: ['查阅全部历史、时间回溯、核验哈希链与导出', 'Reads the whole history, travels in time, verifies, exports'],
  reader: ['查看台账与统计看板', 'Reads the board and the dashboards'],
  admin: ['读模型状态、重建与重放搁置事件', 'Read models: status, rebuilds, replays of parked events'],
};

const pair = (table: Record<string, [string, string]>, lang: Lang, code: string): string => {
  const entry = table[code];
  return entry ? entry[lang === 'zh' ? 0 : 1] : code;
};

export const roleLabel = (code: string, lang: Lang) => pair(ROLE_LABELS, lang, code);
export const roleDuties = (code: string, lang: Lang) => pair(ROLE_DUTIES, lang, code);

/**
 * The read models (and the notifier, which follows the log as they do) by what they hold; keyed by the
 * names the API's OpenAPI document lists, so a read model it adds fails the type check here.
 */
const READ_MODEL_LABELS: Record<ReadModelName | 'notifier', [string, string]> = {
  'task-board': ['任务台账', 'Task board'],
  'task-detail': ['任务详情', 'Task detail'],
  'task-timeline': ['办理历程', 'Task history'],
  'task-deadlines': ['办理时限', 'Deadlines'],
  organisation: ['组织机构', 'Organisation'],
  notifier: ['通知推送', 'Notifier'],
};

export const readModelLabel = (name: string, lang: Lang) => pair(READ_MODEL_LABELS, lang, name);

/**
 * A task's version as its users count them: the first version is 1. The API's revision is the stream's,
 * counted from 0 (the issue is revision 0); it stays what If-Match carries, only the label adds one.
 */
export const versionLabel = (revision: number, lang: Lang) =>
  lang === 'zh' ? `第 ${revision + 1} 版` : `version ${revision + 1}`;

/**
 * Who acted, in one line: the name, then where they act from (their unit, else their role) in brackets —
 * unless that only repeats the name (the office's own account is named after its role).
 */
export const actorLine = (name: string, where: string | undefined) =>
  where && where !== name ? `${name}（${where}）` : name;
