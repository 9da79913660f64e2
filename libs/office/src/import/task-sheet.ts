/** The year's list as a spreadsheet: one sheet, one task a row, these columns with these Chinese headers (the template and the importer share them). */
export const TASK_SHEET_NAME = '督办任务';

export interface TaskColumn {
  readonly key: TaskColumnKey;
  readonly header: string;
  readonly required: boolean;
  /** How to fill it in, shown as the header cell's note in the template. */
  readonly note: string;
  readonly width: number;
}

export type TaskColumnKey =
  'code' | 'title' | 'description' | 'category' | 'leader' | 'leadUnit' | 'coUnits' | 'deadline' | 'milestones';

export const TASK_COLUMNS: readonly TaskColumn[] = [
  { key: 'code', header: '编号', required: true, note: '必填，批次内唯一，如 2022-07（至多40字）', width: 12 },
  { key: 'title', header: '任务名称', required: true, note: '必填，至多200字', width: 40 },
  { key: 'description', header: '任务描述', required: false, note: '选填，至多5000字', width: 60 },
  { key: 'category', header: '类别', required: true, note: '必填，条线，如 未成年人检察（至多40字）', width: 16 },
  {
    key: 'leader',
    header: '牵头领导',
    required: true,
    note: '必填，领导编号或名录中的职务全称，如 分管未成年人检察的院领导',
    width: 28,
  },
  {
    key: 'leadUnit',
    header: '牵头单位',
    required: true,
    note: '必填，单位编号或名录中的全称，如 第九检察厅',
    width: 18,
  },
  {
    key: 'coUnits',
    header: '配合单位',
    required: false,
    note: '选填，多个单位用顿号、逗号、分号或换行分隔',
    width: 28,
  },
  {
    key: 'deadline',
    header: '完成时限',
    required: true,
    note: '必填，日期，如 2022-12-31、2022/12/31 或 2022年12月31日',
    width: 14,
  },
  {
    key: 'milestones',
    header: '里程碑',
    required: false,
    note: '选填，每行一个：名称@日期，如 制定工作指引@2022-06-30；作为里程碑要求写入任务描述，由牵头单位在工作打算中落实',
    width: 40,
  },
];

export const HEADER_OF: Readonly<Record<TaskColumnKey, string>> = Object.fromEntries(
  TASK_COLUMNS.map((c) => [c.key, c.header]),
) as Record<TaskColumnKey, string>;

/** A cell as the reader hands it over: what the spreadsheet holds, before any rule is applied. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** The spreadsheet's row number (the header is row 1), so a report points at what the user sees. */
  readonly row: number;
  readonly cells: Readonly<Partial<Record<TaskColumnKey, CellValue>>>;
}

/** Limits that are the IssueTask body's limits, so a row that passes here passes the command's checks. */
export const TEXT_LIMITS = { code: 40, title: 200, description: 5000, category: 40 } as const;
export const MAX_CO_UNITS = 30;
export const MAX_IMPORT_ROWS = 2000;
