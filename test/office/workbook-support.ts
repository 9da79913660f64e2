/** Building workbooks in the specs the way an office does: take the template, fill in rows, save; and uploading them. */
import { Workbook } from 'exceljs';
import type { TestApp } from '../support/test-app';
import { SUPERVISOR } from '../support/ledger-fixtures';
import type { TokenClaims } from '../../apps/api/src/auth/token-claims';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type TaskRow = Record<
  '编号' | '任务名称' | '任务描述' | '类别' | '牵头领导' | '牵头单位' | '配合单位' | '完成时限' | '里程碑',
  string | Date
>;

/** The template as the API serves it. */
export async function downloadTemplate(app: TestApp): Promise<Buffer> {
  const response = await fetch(`${app.url}/api/task-imports/template`, {
    headers: { authorization: `Bearer ${app.tokenFor(SUPERVISOR)}` },
  });
  if (response.status !== 200) throw new Error(`template: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** The template with these rows filled in from row 2, each cell under the header of its name. */
export async function fillTemplate(template: Buffer, rows: readonly Partial<TaskRow>[]): Promise<Buffer> {
  const workbook = new Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('督办任务')!;
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columnOf.set(String(cell.value), column));
  rows.forEach((row, index) => {
    const sheetRow = sheet.getRow(index + 2);
    for (const [header, value] of Object.entries(row)) sheetRow.getCell(columnOf.get(header)!).value = value;
    sheetRow.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The 2026 list of the fixtures' organisation: 68 tasks led by dept-9 or dept-1, named as an office names them. */
export function yearList(count = 68): TaskRow[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const juvenile = i % 2 === 0;
    return {
      编号: `2026-${n}`,
      任务名称: `第${i + 1}项重点任务：${juvenile ? '未成年人检察业务统一集中办理' : '刑事检察反向审视'}`,
      任务描述: `督办事项${n}`,
      类别: juvenile ? '未成年人检察' : '刑事检察',
      牵头领导: juvenile ? '分管未成年人检察的院领导' : 'leader-civil',
      牵头单位: juvenile ? '第九检察厅' : 'dept-1',
      配合单位: juvenile ? '第一检察厅、第六检察厅' : '',
      完成时限: i % 3 === 0 ? new Date(Date.UTC(2026, 11, 31)) : `2026年${(i % 9) + 4}月30日`,
      里程碑: i % 4 === 0 ? '制定工作方案@2026-03-31' : '',
    };
  });
}

export interface Upload {
  readonly filename?: string;
  readonly type?: string;
  readonly fields?: Record<string, string>;
  readonly as?: TokenClaims;
  /** A token given as is (a test's own user), instead of one for `as`. */
  readonly token?: string;
  readonly query?: string;
}

export async function upload(
  app: TestApp,
  programmeId: string,
  file: Buffer,
  options: Upload = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(file)], { type: options.type ?? XLSX }),
    options.filename ?? '2026年重点督办任务.xlsx',
  );
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  const response = await fetch(`${app.url}/api/programmes/${programmeId}/task-imports${options.query ?? ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.token ?? app.tokenFor(options.as ?? SUPERVISOR)}` },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

export interface ExportedLedger {
  readonly heading: string[];
  readonly headers: string[];
  /** Each data row by header. */
  readonly rows: Record<string, string | number | null>[];
  /** The 灯色 cell's fill (ARGB), or null, per data row. */
  readonly fills: (string | null)[];
}

/** Downloads an exported 台账 and opens it with exceljs: the heading lines, the headers (row 5) and every row under them. */
export async function downloadLedger(
  app: TestApp,
  path: string,
  as: TokenClaims,
  headers: Record<string, string> = {},
): Promise<ExportedLedger & { status: number; contentType: string | null }> {
  const response = await fetch(app.url + path, {
    headers: { authorization: `Bearer ${app.tokenFor(as)}`, ...headers },
  });
  if (response.status !== 200)
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      heading: [],
      headers: [],
      rows: [],
      fills: [],
    };
  return {
    status: 200,
    contentType: response.headers.get('content-type'),
    ...(await readLedger(Buffer.from(await response.arrayBuffer()))),
  };
}

/** Opens an exported 台账 with exceljs: the heading lines, the headers (row 5) and every row under them. */
export async function readLedger(bytes: Buffer): Promise<ExportedLedger> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('督办台账')!;
  const text = (value: unknown) =>
    value === null || value === undefined ? null : typeof value === 'number' ? value : String(value);
  const headerRow: string[] = [];
  sheet.getRow(5).eachCell((cell) => headerRow.push(String(cell.value)));
  const rows: Record<string, string | number | null>[] = [];
  const fills: (string | null)[] = [];
  for (let n = 6; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    rows.push(Object.fromEntries(headerRow.map((header, i) => [header, text(row.getCell(i + 1).value)])));
    const fill = row.getCell(headerRow.indexOf('灯色') + 1).fill as { fgColor?: { argb?: string } } | undefined;
    fills.push(fill?.fgColor?.argb ?? null);
  }
  return {
    heading: [1, 2, 3].map((n) => String(sheet.getRow(n).getCell(1).value ?? '')),
    headers: headerRow,
    rows,
    fills,
  };
}
