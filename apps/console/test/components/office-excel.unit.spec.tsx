/**
 * @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 *
 * The office's spreadsheets in the browser's DOM (jsdom): on 导入 a workbook chosen is checked first
 * (a dry run) and its report shown row by row; 确认导入 is offered only for a clean check, and then
 * issues the tasks and links to the board of the programme; 导出台账 asks for the board's current
 * filters, and the auditor's export names the moment; the token always in a header, never in a URL.
 */
import { File as NodeFile } from 'node:buffer';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installBrowserStandIns, renderInConsole, type SentRequest } from '../support/render-form';
import type { BoardFilters } from '../../src/board-query';

// A check is a request and several renders: on a busy machine more than Testing Library's default second.
configure({ asyncUtilTimeout: 10_000 });

const PROGRAMME = { id: 'spp-2026', title: '2026年重点督办任务', status: 'launched' };
const report = (change: Record<string, unknown>) => ({
  programmeId: 'spp-2026',
  importId: 'import-1',
  dryRun: true,
  valid: true,
  rows: 68,
  toIssue: 68,
  issued: 0,
  alreadyPresent: 0,
  problems: [],
  tasks: [],
  position: null,
  ...change,
});
const THREE_BAD_ROWS = [
  { row: 4, column: '牵头单位', value: '第十检察厅', code: 'UNKNOWN_UNIT', reason: '名录中没有“第十检察厅”这个单位' },
  { row: 8, column: '完成时限', value: '2026-02-30', code: 'BAD_DATE', reason: '“2026-02-30”不是有效日期' },
  { row: 12, column: '编号', value: '2026-01', code: 'DUPLICATE_CODE', reason: '编号“2026-01”在本文件中重复' },
];

let dryRunAnswer: { status: number; body: unknown } = { status: 200, body: report({}) };
let importAnswer: { status: number; body: unknown } = { status: 201, body: {} };
const sent: SentRequest[] = installBrowserStandIns((request) => {
  const url = new URL(request.url);
  if (url.pathname === '/api/programmes') return { status: 200, body: { items: [PROGRAMME], total: 1 } };
  if (url.pathname.endsWith('/task-imports')) return url.searchParams.get('dryRun') ? dryRunAnswer : importAnswer;
  if (url.pathname.startsWith('/api/units') || url.pathname.startsWith('/api/officials'))
    return { status: 200, body: { items: [], total: 0 } };
  return { status: 200, body: {} };
});

// Imported after the stand-ins: the API client takes the fetch it will use when it is created.
/* eslint-disable @typescript-eslint/no-require-imports */
const { default: ImportPage } = require('../../src/pages/ImportPage') as typeof import('../../src/pages/ImportPage');
const { AsOfLedgerExportButton, LedgerExportButton } =
  require('../../src/components/LedgerExportButton') as typeof import('../../src/components/LedgerExportButton');
const { LangProvider } = require('../../src/i18n') as typeof import('../../src/i18n');
const { apiSession } = require('../../src/api/client') as typeof import('../../src/api/client');
/* eslint-enable @typescript-eslint/no-require-imports */

/** jsdom neither makes blob URLs nor follows a link's download: the name a click would save under is recorded instead. */
const saved: string[] = [];
URL.createObjectURL = () => 'blob:console.test/1';
URL.revokeObjectURL = () => undefined;
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  saved.push(this.download);
};

const imports = () => sent.filter((r) => new URL(r.url).pathname.endsWith('/task-imports'));
const confirmButton = () => screen.getByRole<HTMLButtonElement>('button', { name: '确认导入' });

async function openImportPage(): Promise<void> {
  renderInConsole(
    <LangProvider>
      <ImportPage />
    </LangProvider>,
  );
  await screen.findByRole('heading', { name: '导入' });
}

async function chooseProgramme(): Promise<void> {
  const select = screen.getByLabelText('督办批次');
  await act(async () => void fireEvent.mouseDown(select));
  const option = await screen.findByTitle(PROGRAMME.title);
  await act(async () => void fireEvent.click(option));
}

/** Node's File, not jsdom's: the fetch under test is Node's, whose FormData takes only its own kind of Blob. */
async function chooseWorkbook(name = '2026年重点督办任务.xlsx'): Promise<void> {
  const file = new NodeFile(['PK\u0003\u0004 workbook'], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  }) as unknown as File;
  const input = document.querySelector('input[type="file"]')!;
  await act(async () => void fireEvent.change(input, { target: { files: [file] } }));
}

beforeEach(() => {
  sent.length = 0;
  saved.length = 0;
  apiSession.setToken('office-token');
});

describe('导入: the year’s list from a workbook', () => {
  it('given nothing checked yet, then 确认导入 is disabled and nothing is uploaded', async () => {
    await openImportPage();
    expect(confirmButton().disabled).toBe(true);
    await chooseWorkbook();
    // No programme chosen: the page asks for one and checks nothing.
    await screen.findByText('请先选择督办批次，再进行试导入');
    expect(confirmButton().disabled).toBe(true);
    expect(imports()).toEqual([]);
  });

  it('given a workbook with three bad rows, when it is chosen, then the dry run’s report names each row and 确认导入 stays disabled', async () => {
    dryRunAnswer = { status: 200, body: report({ valid: false, rows: 12, toIssue: 0, problems: THREE_BAD_ROWS }) };
    await openImportPage();
    await chooseProgramme();
    await chooseWorkbook();

    const table = await screen.findByTestId('import-report');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['行', '列', '值', '原因']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual(THREE_BAD_ROWS.map((p) => [String(p.row), p.column, p.value, p.reason]));
    expect(screen.getByTestId('import-check').textContent).toContain('3 行不合格');
    expect(confirmButton().disabled).toBe(true);

    const [dry] = imports();
    expect({ method: dry.method, path: new URL(dry.url).pathname, query: new URL(dry.url).search }).toEqual({
      method: 'POST',
      path: '/api/programmes/spp-2026/task-imports',
      query: '?dryRun=true',
    });
    expect(dry.headers.get('authorization')).toBe('Bearer office-token');
    expect(dry.url).not.toContain('office-token');
    expect(dry.body).toContain('name="file"; filename="2026年重点督办任务.xlsx"');
    await act(async () => void fireEvent.click(confirmButton()));
    expect(imports()).toHaveLength(1);
  });

  it('given a clean dry run, when 确认导入 is clicked, then the real import runs and its result links to the programme’s board', async () => {
    dryRunAnswer = { status: 200, body: report({}) };
    importAnswer = { status: 201, body: report({ dryRun: false, toIssue: 0, issued: 68, position: '812-45' }) };
    await openImportPage();
    await chooseProgramme();
    await chooseWorkbook();

    await waitFor(() => expect(confirmButton().disabled).toBe(false));
    expect(screen.getByTestId('import-check').textContent).toBe('试导入通过：68 行均合格，确认后将新立项 68 项');
    expect(screen.queryByTestId('import-report')).toBeNull();
    await act(async () => void fireEvent.click(confirmButton()));

    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toContain('导入完成：新立项 68 项，已存在 0 项');
    expect(within(result).getByRole('link').getAttribute('href')).toBe('/board?programme=spp-2026');
    const real = imports()[1];
    expect({ path: new URL(real.url).pathname, query: new URL(real.url).search }).toEqual({
      path: '/api/programmes/spp-2026/task-imports',
      query: '',
    });
    // The board read next waits for the read models to hold the imported tasks.
    expect(apiSession.minPosition()).toBe('812-45');
    expect(confirmButton().disabled).toBe(true);
  });

  it('given a file the API refuses, then its reason is shown in Chinese and 确认导入 stays disabled', async () => {
    dryRunAnswer = {
      status: 415,
      body: {
        statusCode: 415,
        code: 'UNSUPPORTED_FILE_TYPE',
        message: '只能导入 .xlsx 工作簿（收到 名单.xls，application/vnd.ms-excel）',
      },
    };
    await openImportPage();
    await chooseProgramme();
    await chooseWorkbook('名单.xls');
    expect((await screen.findByTestId('import-error')).textContent).toContain('只能导入 .xlsx 工作簿（收到 名单.xls');
    expect(confirmButton().disabled).toBe(true);
  });

  it('given a refusal the API words in English, then the page says it in Chinese', async () => {
    dryRunAnswer = { status: 413, body: { statusCode: 413, message: 'File too large' } };
    await openImportPage();
    await chooseProgramme();
    await chooseWorkbook();
    expect((await screen.findByTestId('import-error')).textContent).toBe(
      '文件过大，超过导入上限 5 MB（File too large）',
    );
  });
});

describe('导出台账', () => {
  const FILTERS: BoardFilters = {
    q: '未成年人',
    status: ['issued', 'in_progress'],
    light: ['red'],
    unit: 'dept-9',
    programme: 'spp-2026',
    overdue: true,
    sort: 'code',
    order: 'desc',
    page: 3,
    limit: 50,
  };

  it('given the board’s filters, when 导出台账 is clicked, then the export asks for exactly those filters and sort, without the page, and saves the file', async () => {
    renderInConsole(
      <LangProvider>
        <LedgerExportButton filters={FILTERS} />
      </LangProvider>,
    );
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: '导出台账' })));
    await waitFor(() => expect(saved).toEqual(['督办台账.xlsx']));
    const [request] = sent;
    const url = new URL(request.url);
    expect(url.pathname).toBe('/api/ledger/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: '未成年人',
      status: 'issued,in_progress',
      light: 'red',
      unit: 'dept-9',
      programme: 'spp-2026',
      overdue: 'true',
      sort: 'code',
      order: 'desc',
    });
    expect(request.headers.get('authorization')).toBe('Bearer office-token');
    expect(request.url).not.toContain('office-token');
  });

  it('given the auditor’s moment, when the export is clicked, then it asks for the board as of that moment; with no moment it is disabled', async () => {
    const { rerender } = renderInConsole(
      <LangProvider>
        <AsOfLedgerExportButton at={null} />
      </LangProvider>,
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '导出当时台账' }).disabled).toBe(true);
    rerender(
      <LangProvider>
        <AsOfLedgerExportButton at="2026-06-30T16:00:00.000Z" />
      </LangProvider>,
    );
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: '导出当时台账' })));
    await waitFor(() => expect(saved).toHaveLength(1));
    const url = new URL(sent[0].url);
    expect({ path: url.pathname, at: url.searchParams.get('at') }).toEqual({
      path: '/api/audit/ledger/export',
      at: '2026-06-30T16:00:00.000Z',
    });
  });

  it('given the export refused, then the reason is shown', async () => {
    renderInConsole(
      <LangProvider>
        <AsOfLedgerExportButton at="2026-06-30T16:00:00.000Z" />
      </LangProvider>,
    );
    const original = globalThis.fetch;
    globalThis.fetch = async () =>
      new Response(JSON.stringify({ statusCode: 403, code: 'FORBIDDEN', message: 'auditors only' }), {
        status: 403,
        headers: { 'content-type': 'application/json' },
      });
    try {
      await act(async () => void fireEvent.click(screen.getByRole('button', { name: '导出当时台账' })));
      expect((await screen.findByTestId('export-error')).textContent).toBe('无权执行此操作');
    } finally {
      globalThis.fetch = original;
    }
    expect(saved).toEqual([]);
  });
});
