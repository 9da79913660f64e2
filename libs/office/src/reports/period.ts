/**
 * A reporting period (月报, 季报, 年报): a month `2026-03`, a quarter `2026-Q1` or a year `2026`,
 * as Beijing calendar time: from its first day's 00:00 to the next period's (exclusive).
 */
const BEIJING_OFFSET_MS = 8 * 3600_000;

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  readonly kind: PeriodKind;
  /** As asked: 2026-03, 2026-Q1, 2026. */
  readonly key: string;
  /** In Chinese: 2026年3月, 2026年第一季度, 2026年. */
  readonly label: string;
  readonly from: Date;
  /** Exclusive: the next period's start. */
  readonly to: Date;
}

const QUARTER_WORDS = ['一', '二', '三', '四'];

/** The period a key names, or undefined for anything else (2026-13, 2026-Q5, 26). */
export function parsePeriod(key: string): Period | undefined {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) return build('month', Number(month[1]), Number(month[2]) - 1, 1);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return build('quarter', Number(quarter[1]), (Number(quarter[2]) - 1) * 3, 3);
  const year = /^(\d{4})$/.exec(key);
  if (year) return build('year', Number(year[1]), 0, 12);
  return undefined;
}

/** The period just before, of the same kind: 2026-01 → 2025-12, 2026-Q1 → 2025-Q4, 2026 → 2025. */
export function previousPeriod(period: Period): Period {
  const start = new Date(period.from.getTime() + BEIJING_OFFSET_MS);
  const months = period.kind === 'month' ? 1 : period.kind === 'quarter' ? 3 : 12;
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() - months;
  return build(period.kind, Math.floor(monthIndex / 12), monthIndex % 12, months);
}

function build(kind: PeriodKind, year: number, firstMonth: number, months: number): Period {
  const from = new Date(Date.UTC(year, firstMonth, 1) - BEIJING_OFFSET_MS);
  const to = new Date(Date.UTC(year, firstMonth + months, 1) - BEIJING_OFFSET_MS);
  const mm = String(firstMonth + 1).padStart(2, '0');
  if (kind === 'month') return { kind, key: `${year}-${mm}`, label: `${year}年${firstMonth + 1}月`, from, to };
  if (kind === 'quarter') {
    const q = firstMonth / 3;
    return { kind, key: `${year}-Q${q + 1}`, label: `${year}年第${QUARTER_WORDS[q]}季度`, from, to };
  }
  return { kind, key: String(year), label: `${year}年`, from, to };
}
