/**
 * The office's spreadsheets: the import template downloaded, a filled-in workbook checked (dry run)
 * and imported into a programme, and the 台账 exported with the board's filters or as of a past
 * moment. Every request goes through authorisedFetch: the token travels in the Authorization
 * header, never in a link's URL, where it would land in the history and the server's logs.
 */
import { ApiError, apiSession, authorisedFetch, toApiError, type Schemas } from './api/client';
import { boardFilterQuery, type BoardFilters } from './board-query';

export type ImportReport = Schemas['ImportReportView'];
export type RowProblem = Schemas['RowProblemView'];

export const TEMPLATE_NAME = '督办任务导入模板.xlsx';

/** The query of GET /api/ledger/export for the board's filters: the same as the board's read, without its page. */
export function ledgerExportQuery(filters: BoardFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(boardFilterQuery(filters)))
    if (value !== undefined && value !== '') query.set(name, String(value));
  return query;
}

/** The path of GET /api/audit/ledger/export at a moment (ISO 8601). */
export function asOfLedgerExportPath(at: string): string {
  return `/api/audit/ledger/export?${new URLSearchParams({ at })}`;
}

/**
 * Uploads the workbook into the programme: the dry run answers the report whatever it finds (200);
 * the real run answers the report of what it issued (201), or refuses (422 IMPORT_ROWS_INVALID,
 * with the report in the details, which is returned as the answer so the page shows it the same way).
 */
export async function uploadImport(programmeId: string, file: File, dryRun: boolean): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  const path = `/api/programmes/${encodeURIComponent(programmeId)}/task-imports${dryRun ? '?dryRun=true' : ''}`;
  const response = await authorisedFetch(path, { method: 'POST', body });
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = toApiError(response.status, answer);
    if (error.code === 'IMPORT_ROWS_INVALID' && error.details) return error.details as unknown as ImportReport;
    throw error;
  }
  const report = answer as ImportReport;
  // The board read next waits for the read models to hold every task issued.
  if (!dryRun) apiSession.wrote(report.position ?? undefined);
  return report;
}

/** Why the API refused, in Chinese: its own message where it gave one in Chinese, else the status in words. */
export function refusalReason(error: unknown): string {
  const status = error instanceof ApiError ? error.status : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (/[\u4e00-\u9fff]/.test(message)) return message;
  switch (status) {
    case 400:
      return `请求不合规：${message}`;
    case 403:
      return '无权执行此操作';
    case 404:
      return '没有这个督办批次';
    case 413:
      return `文件过大，超过导入上限 5 MB（${message}）`;
    case 415:
      return `只能导入 .xlsx 工作簿（${message}）`;
    case 429:
      return '操作过于频繁，请稍后再试';
    case undefined:
      return `请求失败：${message}`;
    default:
      return status >= 500 ? `服务暂时不可用（${status}），请稍后重试` : `请求失败（${status}）：${message}`;
  }
}
