/** One task as the exported 台账 shows it: names and Chinese labels, both deadlines, progress, flags. */
import { TASK_STATUS_LABELS, type TaskStatus, type TrafficLight } from '@app/supervision';

export interface LedgerRow {
  readonly code: string;
  readonly title: string;
  readonly category: string;
  readonly status: TaskStatus;
  readonly leader: string;
  readonly leadUnit: string;
  readonly coUnits: readonly string[];
  /** In force (after extensions). */
  readonly deadline: string;
  /** At issue: what on-time completion is measured by. */
  readonly originalDeadline: string;
  readonly progressPercent: number | null;
  /** The latest report's summary, where the source has it (the replay does; the board row does not). */
  readonly latestProgress: string | null;
  readonly openUrges: number;
  readonly light: TrafficLight;
  readonly overdue: boolean;
  readonly stale: boolean;
  readonly issuedAt: string;
  readonly completedAt: string | null;
}

export interface LedgerColumn {
  readonly header: string;
  readonly width: number;
  readonly value: (row: LedgerRow, index: number) => string | number | null;
}

const yesNo = (flag: boolean) => (flag ? '是' : '否');
/** Instants shown as the office reads them: Beijing time, to the minute. */
export function beijingTime(instant: string | Date): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(time + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export const LIGHT_WORDS: Readonly<Record<TrafficLight, string>> = {
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
  none: '—',
};

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '编号', width: 12, value: (r) => r.code },
  { header: '任务名称', width: 40, value: (r) => r.title },
  { header: '类别', width: 14, value: (r) => r.category },
  { header: '状态', width: 10, value: (r) => TASK_STATUS_LABELS[r.status] ?? r.status },
  { header: '牵头领导', width: 24, value: (r) => r.leader },
  { header: '牵头单位', width: 16, value: (r) => r.leadUnit },
  { header: '配合单位', width: 28, value: (r) => r.coUnits.join('、') },
  { header: '现行完成时限', width: 13, value: (r) => r.deadline },
  { header: '原定完成时限', width: 13, value: (r) => r.originalDeadline },
  { header: '最新进度(%)', width: 11, value: (r) => r.progressPercent },
  { header: '最新进展', width: 40, value: (r) => r.latestProgress },
  { header: '未复催办', width: 9, value: (r) => r.openUrges },
  { header: '灯色', width: 8, value: (r) => LIGHT_WORDS[r.light] },
  { header: '逾期', width: 6, value: (r) => yesNo(r.overdue) },
  { header: '超期未报', width: 9, value: (r) => yesNo(r.stale) },
  { header: '立项时间', width: 17, value: (r) => beijingTime(r.issuedAt) },
  { header: '办结时间', width: 17, value: (r) => (r.completedAt ? beijingTime(r.completedAt) : null) },
];

/** The light column's index (1-based), whose cell is filled in the light's colour. */
export const LIGHT_COLUMN = LEDGER_COLUMNS.findIndex((c) => c.header === '灯色') + 1;

/** ARGB fills, the colours an office's own 台账 uses; no fill for a task with no light (finished or cancelled). */
export const LIGHT_FILLS: Readonly<Record<TrafficLight, string | null>> = {
  green: 'FF00B050',
  yellow: 'FFFFC000',
  red: 'FFFF0000',
  none: null,
};
