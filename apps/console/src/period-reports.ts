/**
 * Periodic reports (月报, 季报, 年报) as the console asks for them: the period's key the API takes
 * (2026-03, 2026-Q1, 2026), the default (the last period that is over, in Beijing time, as the API
 * counts), the change from the period before as an arrow and a number, and the workbook and the
 * printable page fetched with the token in the Authorization header, never in a URL.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { authorisedFetch, toApiError } from './api/client';
import { saveDownload } from './download';

export type PeriodKind = 'month' | 'quarter' | 'year';

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The year and month (0–11) in Beijing at this moment, whatever the browser's own time zone. */
function beijingMonth(now: Date): { year: number; month: number } {
  const beijing = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return { year: beijing.getUTCFullYear(), month: beijing.getUTCMonth() };
}

function keyOf(kind: PeriodKind, year: number, month: number): string {
  if (kind === 'month') return `${year}-${String(month + 1).padStart(2, '0')}`;
  if (kind === 'quarter') return `${year}-Q${Math.floor(month / 3) + 1}`;
  return String(year);
}

/** The key of the period a picked date falls in (the picker's dates are calendar dates: no zone to convert). */
export function periodKeyOf(kind: PeriodKind, date: Dayjs): string {
  return keyOf(kind, date.year(), date.month());
}

/** The first day of the period a key names, for the picker to show. */
export function periodStart(key: string): Dayjs {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return dayjs(new Date(Number(quarter[1]), (Number(quarter[2]) - 1) * 3, 1));
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return dayjs(new Date(Number(month[1]), Number(month[2]) - 1, 1));
  return dayjs(new Date(Number(key), 0, 1));
}

/** The period running now in Beijing. */
export function currentPeriodKey(kind: PeriodKind, now: Date): string {
  const { year, month } = beijingMonth(now);
  return keyOf(kind, year, month);
}

/** The last period that is over: its report is final and will not change. */
export function lastCompletePeriodKey(kind: PeriodKind, now: Date): string {
  const { year, month } = beijingMonth(now);
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const start = kind === 'month' ? month : kind === 'quarter' ? month - (month % 3) : 0;
  const index = year * 12 + start - months;
  return keyOf(kind, Math.floor(index / 12), index % 12);
}

/** A period not begun yet has no report (the API answers 422): the picker offers up to the current one. */
export function isAfterCurrentPeriod(kind: PeriodKind, date: Dayjs, now: Date): boolean {
  // Keys of one kind sort as their periods do: 2025-12 < 2026-01, 2025-Q4 < 2026-Q1.
  return periodKeyOf(kind, date) > currentPeriodKey(kind, now);
}

export interface Change {
  /** ↑, ↓, or an empty string when unchanged. */
  readonly arrow: '↑' | '↓' | '';
  /** What is shown: ↑ 2, ↓ 1, 持平. */
  readonly text: string;
  /** What a screen reader says: 较上期增加 2. */
  readonly spoken: string;
}

export function changeOf(delta: number, t: (zh: string, en: string) => string): Change {
  if (delta > 0)
    return { arrow: '↑', text: `↑ ${delta}`, spoken: t(`较上期增加 ${delta}`, `up ${delta} on the period before`) };
  if (delta < 0)
    return {
      arrow: '↓',
      text: `↓ ${-delta}`,
      spoken: t(`较上期减少 ${-delta}`, `down ${-delta} on the period before`),
    };
  return { arrow: '', text: t('持平', 'unchanged'), spoken: t('与上期持平', 'the same as the period before') };
}

export const reportPath = (programmeId: string, key: string) =>
  `/api/programmes/${encodeURIComponent(programmeId)}/reports/${encodeURIComponent(key)}`;

/** The .xlsx, saved under the name the API gives it (<programme>-<period>.xlsx). */
export function downloadReportWorkbook(programmeId: string, key: string): Promise<string> {
  return saveDownload(`${reportPath(programmeId, key)}/workbook`, `${programmeId}-${key}.xlsx`);
}

/**
 * The printable page in a new tab: fetched with the token, then shown from a blob URL (same origin,
 * so the console's Content-Security-Policy holds; the page has no script). The tab is opened on the
 * click itself, so no pop-up blocker takes it for an unasked window, and is closed again on a refusal.
 */
export async function openReportPage(programmeId: string, key: string): Promise<void> {
  const tab = window.open('', '_blank');
  if (!tab) throw new Error('浏览器阻止了新窗口：请允许本站打开弹出窗口后再试');
  try {
    const response = await authorisedFetch(`${reportPath(programmeId, key)}/page`);
    if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
    const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/html;charset=utf-8' }));
    tab.location.href = url;
    // The tab has loaded it by then; revoking at once could leave it blank.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab.close();
    throw error;
  }
}
