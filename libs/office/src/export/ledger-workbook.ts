/**
 * Writes the 台账 as an .xlsx onto a stream, a row at a time (exceljs' streaming WorkbookWriter):
 * each row is committed as soon as it is written, so memory stays flat however many rows come.
 * Above the headers: the title, the moment the figures are as of, and the filter.
 */
import type { Writable } from 'node:stream';
import { stream as excelStream } from 'exceljs';
import { LEDGER_COLUMNS, LIGHT_COLUMN, LIGHT_FILLS, type LedgerRow } from './ledger-row';

export interface LedgerHeading {
  readonly title: string;
  /** 截至 …: when the lights and flags are as of. */
  readonly asOf: string;
  /** The filter in words, e.g. 批次：spp-2022；灯色：红灯. */
  readonly filter: string;
}

/** The header row's number: the three heading lines and a blank one come first. */
export const LEDGER_HEADER_ROW = 5;

export async function writeLedger(output: Writable, heading: LedgerHeading, rows: AsyncIterable<LedgerRow>): Promise<number> {
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
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
