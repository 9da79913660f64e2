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
import type { Lang } from './i18n';

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
export const lightLabel = (code: string, lang: Lang) => pick(TRAFFIC_LIGHT_LABELS, LIGHT_EN, lang, code);
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
