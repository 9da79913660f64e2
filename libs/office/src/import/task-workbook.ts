/** The year's list as an .xlsx file: the template an office fills in, and reading a filled-in one back into rows (exceljs). */
import { Workbook, type CellValue as ExcelCellValue } from 'exceljs';
import {
  MAX_IMPORT_ROWS,
  TASK_COLUMNS,
  TASK_SHEET_NAME,
  type CellValue,
  type SheetRow,
  type TaskColumnKey,
} from './task-sheet';

/** Why a file cannot be read as the list at all (as opposed to a row with a bad cell). */
export class WorkbookUnreadable extends Error {
  constructor(
    readonly code: 'NOT_A_WORKBOOK' | 'NO_TASK_SHEET' | 'MISSING_COLUMNS' | 'TOO_MANY_ROWS' | 'NO_ROWS',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'WorkbookUnreadable';
  }
}

const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };

export async function taskTemplate(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = '重点任务督办台账';
  const sheet = workbook.addWorksheet(TASK_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TASK_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getColumn('deadline').numFmt = 'yyyy-mm-dd';
  TASK_COLUMNS.forEach((column, index) => {
    const cell = sheet.getRow(1).getCell(index + 1);
    cell.font = { bold: true, color: column.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = HEADER_FILL;
    cell.note = column.note;
  });
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列', width: 12 },
    { header: '是否必填', width: 10 },
    { header: '填写要求', width: 90 },
  ];
  for (const column of TASK_COLUMNS) help.addRow([column.header, column.required ? '必填' : '选填', column.note]);
  help.addRow([]);
  help.addRow([
    '说明',
    '',
    '每行一项任务，从第2行起填写；编号在批次内唯一，同一编号再次导入不会重复立项。单位和领导可填编号或名录中的名称（名称须唯一）。导入前先校验全部行，有任何一行不合格则整批不导入。',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function readTaskSheet(file: Buffer): Promise<SheetRow[]> {
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (it hands it to JSZip, which takes one): the file's bytes, as one.
    await workbook.xlsx.load(new Uint8Array(file).buffer);
  } catch {
    throw new WorkbookUnreadable('NOT_A_WORKBOOK', '上传的文件不是有效的 .xlsx 工作簿');
  }
  const sheet = workbook.getWorksheet(TASK_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw new WorkbookUnreadable('NO_TASK_SHEET', `工作簿中没有“${TASK_SHEET_NAME}”工作表`);
  const columnOf = headerColumns(sheet.getRow(1).values as ExcelCellValue[]);
  const missing = TASK_COLUMNS.filter((c) => c.required && columnOf[c.key] === undefined).map((c) => c.header);
  if (missing.length > 0)
    throw new WorkbookUnreadable('MISSING_COLUMNS', `第1行缺少表头：${missing.join('、')}`, { missing });
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS)
    throw new WorkbookUnreadable('TOO_MANY_ROWS', `一次至多导入${MAX_IMPORT_ROWS}行`, { limit: MAX_IMPORT_ROWS });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Partial<Record<TaskColumnKey, CellValue>> = {};
    for (const column of TASK_COLUMNS) {
      const index = columnOf[column.key];
      if (index !== undefined) cells[column.key] = plainValue(row.getCell(index).value);
    }
    if (Object.values(cells).some((value) => value !== null && String(value).trim() !== ''))
      rows.push({ row: rowNumber, cells });
  });
  if (rows.length === 0) throw new WorkbookUnreadable('NO_ROWS', '工作表中没有任务行（从第2行起填写）');
  return rows;
}

function headerColumns(headers: ExcelCellValue[]): Partial<Record<TaskColumnKey, number>> {
  const found: Partial<Record<TaskColumnKey, number>> = {};
  headers.forEach((value, index) => {
    const text = String(plainValue(value) ?? '').replace(/[\s\u3000*＊]+/g, '');
    const column = TASK_COLUMNS.find((c) => c.header === text);
    if (column && found[column.key] === undefined) found[column.key] = index;
  });
  return found;
}

/** What a cell shows: a formula's result, rich text's characters, a hyperlink's text; an error cell counts as empty. */
function plainValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return plainValue(value.result);
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  return null;
}
