/**
 * Writes the 台账 as an .xlsx onto a stream, a row at a time (exceljs' streaming WorkbookWriter):
 * each row is committed as soon as it is written, so memory stays flat however many rows come.
 * Above the headers: the title, the moment the figures are as of, and the filter.
 */
import { EventEmitter, once } from 'node:events';
import type { Writable } from 'node:stream';
import { setTimeout as pause } from 'node:timers/promises';
import { stream as excelStream } from 'exceljs';
import { LEDGER_COLUMNS, LIGHT_COLUMN, LIGHT_FILLS, type LedgerRow } from './ledger-row';

export interface LedgerHeading {
  readonly title: string;
  /** 截至 …: when the lights and flags are as of. */
  readonly asOf: string;
  /** The filter in words, e.g. 批次：spp-2022；灯色：红灯. */
  readonly filter: string;
}

/** Rows between two waits for the output: how much may be in flight before the client (or zlib) catches up. */
const ROWS_PER_TURN = 200;

/** The header row's number: the three heading lines and a blank one come first. */
export const LEDGER_HEADER_ROW = 5;

export async function writeLedger(
  output: Writable,
  heading: LedgerHeading,
  rows: AsyncIterable<LedgerRow>,
): Promise<number> {
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = '重点任务督办台账';
  const sheet = workbook.addWorksheet('督办台账', { views: [{ state: 'frozen', ySplit: LEDGER_HEADER_ROW }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ width: c.width }));
  const title = sheet.addRow([heading.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  sheet.addRow([`截至 ${heading.asOf}`]).commit();
  sheet.addRow([heading.filter]).commit();
  sheet.addRow([]).commit();
  const header = sheet.addRow(LEDGER_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const row of rows) {
    const written = sheet.addRow(LEDGER_COLUMNS.map((c) => c.value(row, count)));
    const fill = LIGHT_FILLS[row.light];
    if (fill) written.getCell(LIGHT_COLUMN).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    written.commit();
    count++;
    if (count % ROWS_PER_TURN === 0) await catchUp(output, sheet);
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

/**
 * exceljs writes the sheet into the ZIP writer's input without ever waiting for it (nor for the
 * output), so rows produced faster than they are deflated pile up in memory: the whole sheet, for
 * a big one. So every few rows: wait for that input to drain, then for the output, when either
 * has asked to. The input is a readable-stream PassThrough that exceljs' sheet stream pipes into:
 * not a public API, so it is looked for with care, and without it the export still works (only
 * without the bound).
 */
async function catchUp(output: Writable, sheet: unknown): Promise<void> {
  const zipInput = (sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as
    (EventEmitter & { _writableState?: { needDrain?: boolean } }) | undefined;
  if (zipInput instanceof EventEmitter && zipInput._writableState?.needDrain) await once(zipInput, 'drain');
  else await pause(0);
  if (output.writableNeedDrain) await once(output, 'drain');
}
