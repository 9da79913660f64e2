/**
 * The office's spreadsheets in a real browser (Chromium through playwright-core), against the real
 * app: the supervision office downloads the template from 导入, fills in the year's 68 tasks and
 * chooses the file from the keyboard; the dry run is clean, 确认导入 issues them and the board of the
 * programme shows 68 tasks; the same file again issues none; a workbook with 3 bad rows gets a report
 * naming those rows and 确认导入 stays disabled; 导出台账 on the filtered board downloads a workbook
 * whose rows are the board's; the import page passes axe-core (WCAG 2 A and AA); and the auditor
 * exports the board as it stood at a moment from the time-travel view.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { get } from '../support/http-client';
import { PROGRAMME_ID, SUPERVISOR, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { axeViolations, launchBrowser, newPage, signInAs } from '../support/browser';
import { XLSX, fillTemplate, readLedger, yearList } from '../office/workbook-support';

const JOURNEY_TIMEOUT_MS = 180_000;
const WORKBOOK_NAME = '2026年重点督办任务.xlsx';
/** Where the import page's and the board's screenshots are written, when asked for (as the journeys do). */
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS;

describe('the office’s spreadsheets in the console, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let yearWorkbook: Buffer;
  let template: Buffer;

  beforeAll(async () => {
    app = await startTestApp({ demoSignIn: true });
    await givenOrganisation(app);
    browser = await launchBrowser();
    const opened = await newPage(browser, app.url);
    context = opened.context;
    page = opened.page;
    await signInAs(page, '督办办公室');
  }, JOURNEY_TIMEOUT_MS);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  const bytesOf = async (download: Download) => readFile(await download.path());

  async function openImportPage(): Promise<void> {
    await page.getByRole('menuitem', { name: '导入', exact: true }).click();
    await page.getByRole('heading', { name: '导入', exact: true }).waitFor();
  }

  async function chooseProgramme(): Promise<void> {
    const select = page.getByLabel('督办批次', { exact: true });
    await select.fill('2026年重点督办任务');
    await select.press('Enter');
  }

  /** Chooses the workbook from the keyboard: the drop zone focused, Enter opens the file chooser. */
  async function chooseWorkbook(bytes: Buffer, name = WORKBOOK_NAME): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /选择 \.xlsx 工作簿/ }).focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name, mimeType: XLSX, buffer: bytes });
  }

  const confirmButton = () => page.getByRole('button', { name: '确认导入', exact: true });
  const total = () => page.locator('.ant-statistic').filter({ hasText: '合计' });

  it(
    'the office downloads the template, imports the 68-row list after a clean dry run, and the board of the programme shows 68 tasks',
    async () => {
      await openImportPage();
      expect(await confirmButton().isDisabled()).toBe(true);
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: '下载导入模板', exact: true }).click();
      const templateDownload = await downloaded;
      expect(templateDownload.suggestedFilename()).toBe('督办任务导入模板.xlsx');
      template = await bytesOf(templateDownload);
      yearWorkbook = await fillTemplate(template, yearList(68));

      await chooseProgramme();
      await chooseWorkbook(yearWorkbook);
      await page
        .getByTestId('import-check')
        .filter({ hasText: '试导入通过：68 行均合格，确认后将新立项 68 项' })
        .waitFor();
      expect(await page.getByTestId('import-report').count()).toBe(0);
      // The dry run wrote nothing: the programme's board is still empty.
      expect((await board()).total).toBe(0);

      await confirmButton().click();
      const result = page.getByTestId('import-result');
      await result.filter({ hasText: '导入完成：新立项 68 项，已存在 0 项' }).waitFor();
      await result.getByRole('link', { name: '在督办台账中查看本批次任务' }).click();
      await page.getByRole('heading', { name: '督办台账', exact: true }).waitFor();
      await total().filter({ hasText: '68' }).waitFor();
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'board-imported.png'), fullPage: false });
      expect(new URL(page.url()).search).toBe(`?programme=${PROGRAMME_ID}`);
      expect((await board()).total).toBe(68);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    '导出台账 on the board filtered to a unit downloads a workbook whose rows are the board’s, in its order',
    async () => {
      const unit = page.getByLabel('单位', { exact: true });
      await unit.fill('第九检察厅');
      await unit.press('Enter');
      await total().filter({ hasText: '34' }).waitFor();
      const shownCodes = await page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allTextContents();

      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出台账', exact: true }).click();
      const exported = await downloaded;
      expect(exported.suggestedFilename()).toMatch(/^督办台账-\d{12}\.xlsx$/);
      const ledger = await readLedger(await bytesOf(exported));

      const expected = await board('&unit=dept-9');
      expect(expected.total).toBe(34);
      expect(ledger.heading[2]).toBe(`筛选：批次 ${PROGRAMME_ID}；单位 dept-9；排序 deadline；顺序 asc`);
      expect(ledger.rows.map((row) => row['编号'])).toEqual(expected.items.map((item) => item.code));
      expect(ledger.rows.map((row) => [row['任务名称'], row['牵头单位'], row['现行完成时限']])).toEqual(
        expected.items.map((item) => [item.title, '第九检察厅', item.deadline]),
      );
      // The page the board shows is the workbook's first rows.
      expect(shownCodes.length).toBe(20);
      expect(ledger.rows.slice(0, 20).map((row) => row['编号'])).toEqual(shownCodes);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the same file uploaded again issues none',
    async () => {
      await openImportPage();
      await chooseProgramme();
      await chooseWorkbook(yearWorkbook);
      await page
        .getByTestId('import-check')
        .filter({ hasText: '试导入通过：68 行均合格，确认后将新立项 0 项' })
        .waitFor();
      await confirmButton().click();
      await page.getByTestId('import-result').filter({ hasText: '导入完成：新立项 0 项，已存在 68 项' }).waitFor();
      expect((await board()).total).toBe(68);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'a workbook with 3 bad rows gets a report naming those rows, 确认导入 stays disabled, and the page passes axe-core',
    async () => {
      await openImportPage();
      await chooseProgramme();
      const rows = yearList(12);
      rows[2] = { ...rows[2], 牵头单位: '第十检察厅' }; // sheet row 4
      rows[6] = { ...rows[6], 完成时限: '2026-02-30' }; // sheet row 8
      rows[10] = { ...rows[10], 编号: rows[0].编号 }; // sheet row 12
      await chooseWorkbook(await fillTemplate(template, rows), '有误的清单.xlsx');

      await page.getByTestId('import-check').filter({ hasText: '试导入发现 3 行不合格' }).waitFor();
      const report = page.getByTestId('import-report');
      expect(await report.getByRole('columnheader').allTextContents()).toEqual(['行', '列', '值', '原因']);
      const cells: string[][] = [];
      for (const row of await report.locator('tbody tr.ant-table-row').all())
        cells.push(await row.locator('td').allTextContents());
      expect(cells.map(([row, column, value]) => [row, column, value])).toEqual([
        ['4', '牵头单位', '第十检察厅'],
        ['8', '完成时限', '2026-02-30'],
        ['12', '编号', '2026-01'],
      ]);
      expect(cells.every((row) => /[\u4e00-\u9fff]/.test(row[3] ?? ''))).toBe(true);
      expect(await confirmButton().isDisabled()).toBe(true);
      expect((await board()).total).toBe(68);
      expect(await axeViolations(page, 'import')).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'import-report.png'), fullPage: true });
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the auditor exports the board as it stood at a moment after the import, from the time-travel view',
    async () => {
      const opened = await newPage(browser, app.url);
      try {
        const auditor = opened.page;
        await signInAs(auditor, '巡视/纪检');
        await auditor.getByRole('menuitem', { name: '审计', exact: true }).click();
        await auditor.getByRole('tab', { name: '历史台账', exact: true }).click();
        const moment = auditor.getByLabel('时刻', { exact: true });
        expect(await auditor.getByRole('button', { name: '导出当时台账', exact: true }).isDisabled()).toBe(true);
        // The test's clock stands at 09:00 (Beijing) on 2 March 2026, when the list was imported: noon that day holds all of it.
        await moment.click();
        await moment.fill('2026-03-02 12:00:00');
        await moment.press('Enter');
        await auditor.getByText('当时共 68 项任务', { exact: false }).waitFor();

        const downloaded = auditor.waitForEvent('download');
        await auditor.getByRole('button', { name: '导出当时台账', exact: true }).click();
        const exported = await downloaded;
        // The picker reads the moment in the browser's time zone; the workbook names it in Beijing time.
        const chosen = await auditor.evaluate(() => new Date('2026-03-02T12:00:00').getTime());
        const beijing = new Date(chosen + 8 * 3_600_000).toISOString();
        const stamp = `${beijing.slice(0, 10)} ${beijing.slice(11, 16)}`;
        expect(exported.suggestedFilename()).toBe(`督办台账-截至${stamp.replace(/[-: ]/g, '')}.xlsx`);
        const ledger = await readLedger(await bytesOf(exported));
        expect(ledger.heading.slice(0, 2)).toEqual(['重点任务督办台账（历史时点）', `截至 ${stamp}（北京时间）`]);
        expect(ledger.rows.map((row) => row['编号'])).toEqual(yearList(68).map((row) => row.编号));
      } finally {
        await opened.context.close();
      }
    },
    JOURNEY_TIMEOUT_MS,
  );

  /** The programme's board as the API answers it to the office, in the board's default sort. */
  async function board(
    filter = '',
  ): Promise<{ total: number; items: { code: string; title: string; deadline: string }[] }> {
    const answer = await get(
      app.url,
      `/api/tasks?programme=${PROGRAMME_ID}${filter}&sort=deadline&order=asc&limit=200`,
      { token: app.tokenFor(SUPERVISOR) },
    );
    expect(answer.status).toBe(200);
    return answer.body as { total: number; items: { code: string; title: string; deadline: string }[] };
  }
});
