/** Reading a cell as text or as a calendar date, the ways an office writes them (2022-12-31, 2022/12/31, 2022年12月31日, a date cell). */
import { isCalendarDate } from '@app/supervision';
import type { CellValue } from './task-sheet';

/** The cell as trimmed text; numbers as written (a code 7 stays "7"), dates as YYYY-MM-DD. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

const WRITTEN_DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;

/**
 * The calendar date a cell means, or undefined. A spreadsheet's date cell is a day at UTC midnight
 * (exceljs reads it so), so its UTC date is the day the user typed.
 */
export function cellDate(value: CellValue | undefined): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const match = WRITTEN_DATE.exec(cellText(value));
  if (!match) return undefined;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

/** Names in a list cell: 、，, ； ; or a line break between them. */
export function cellList(value: CellValue | undefined): string[] {
  return cellText(value)
    .split(/[、，,；;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** NUL, other control characters but tab and line breaks, and lone surrogates are not text an office means. */
export function isStorableText(text: string): boolean {
  return /^(?:[^\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/.test(text);
}
