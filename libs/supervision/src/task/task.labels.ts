/** Chinese text the read side shows: the labels of the domain's codes, and the timeline sentence of a task event (its entry in TASK_EVENTS). */
import type { DirectoryEvent } from '../directory/directory.events';
import { DIRECTORY_EVENT_DESCRIPTIONS } from '../directory/directory.event-descriptions';
import type { OfficialKind, UnitKind } from '../directory/directory.commands';
import {
  quote,
  type DataOfEvent,
  type SentencePart,
  type TimelineEventDescriptions,
} from '../kernel/event-description';
import { PROGRAMME_EVENT_DESCRIPTIONS } from '../programme/programme.event-descriptions';
import type { ProgrammeEvent } from '../programme/programme.events';
import type { ProgrammeStatus } from '../programme/programme.state';
import { TASK_EVENTS, type TaskEvent, type TaskStatus } from './task.events';
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

/** The event table seen as descriptions: each entry's sentence typed by its own event's data. */
const TASK_EVENT_DESCRIPTIONS: TimelineEventDescriptions<TaskEvent> = TASK_EVENTS;

function sentenceOf<T extends TaskEvent['type']>(type: T, data: DataOfEvent<TaskEvent, T>): SentencePart[] {
  return Object.hasOwn(TASK_EVENT_DESCRIPTIONS, type) ? TASK_EVENT_DESCRIPTIONS[type].sentence(data) : [type];
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
