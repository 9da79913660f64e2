/**
 * 报表 in a real browser (Chromium through playwright-core) against the real app: a story told
 * through the API across two quarters with the clock moved between acts; the supervision office
 * opens 报表, types the first quarter into the period picker from the keyboard, and sees the figures
 * the JSON endpoint answers for it (each with its change from the quarter before, the units ranked);
 * the workbook it downloads opens with exceljs and holds the same figures; the printable page opens
 * in a new tab; and the page passes axe-core (WCAG 2 A and AA).
 *
 * CONSOLE_SCREENSHOTS=<folder> also saves the page there (docs/screenshots/reports.png in the README).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { get, post } from '../support/http-client';
import {
  JUVENILE_UNIT,
  PROGRAMME_ID,
  READER,
  SUPERVISOR,
  givenOrganisation,
  juvenileTask,
} from '../support/ledger-fixtures';
import type { TokenClaims } from '../../apps/api/src/auth/token-claims';
import { startTestApp, type TestApp } from '../support/test-app';
import { axeViolations, launchBrowser, newPage, signInAs } from '../support/browser';
import { FIGURE_KEYS, FIGURE_LABELS } from '../../libs/office/src/reports/period-figures';

const JOURNEY_TIMEOUT_MS = 180_000;
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS;

describe('the console’s 报表 (periodic reports), in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  /** What GET …/reports/2026-Q1 answers: the page must show the same. */
  let expected: any;

  const at = (time: string) => app.clock.set(`${time}+08:00`);
  const act = async (who: TokenClaims, path: string, body: object = {}) => {
    const answer = await post(app.url, path, body, { token: app.tokenFor(who) });
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const issue = async (code: string, deadline: string) =>
    (await act(SUPERVISOR, '/api/tasks', juvenileTask({ code, deadline, coUnitIds: [] }))).id as string;
  const startWork = async (id: string) => {
    await act(JUVENILE_UNIT, `/api/tasks/${id}/acknowledge`);
    await act(JUVENILE_UNIT, `/api/tasks/${id}/plan`, { plan: '工作打算', milestones: [] });
  };

  beforeAll(async () => {
    app = await startTestApp({ demoSignIn: true, now: '2025-10-01T09:00:00+08:00' });
    await givenOrganisation(app);
    // 2025 Q4: A, never finished, overdue from 1 January on.
    await issue('A', '2025-12-31');
    // 2026 Q1: B done on time after an urge; C returned once; D sent back and moved to another unit and leader.
    at('2026-01-05T09:00:00');
    const b = await issue('B', '2026-03-15');
    const c = await issue('C', '2026-06-30');
    await startWork(b);
    await startWork(c);
    at('2026-01-20T09:00:00');
    await act(SUPERVISOR, `/api/tasks/${b}/urge`, { reason: '请报送进展', replyDueOn: '2026-01-25' });
    at('2026-02-10T09:00:00');
    await act(JUVENILE_UNIT, `/api/tasks/${b}/completion-report`, { summary: '已完成' });
    await act(SUPERVISOR, `/api/tasks/${b}/accept`);
    at('2026-03-01T09:00:00');
    await act(JUVENILE_UNIT, `/api/tasks/${c}/completion-report`, { summary: '完成情况' });
    await act(SUPERVISOR, `/api/tasks/${c}/return`, { reason: '请补充材料' });
    const d = await issue('D', '2026-03-20');
    await act(JUVENILE_UNIT, `/api/tasks/${d}/send-back`, { reason: '不属于本单位职责' });
    await act(SUPERVISOR, `/api/tasks/${d}/reassign`, {
      leadUnitId: 'dept-1',
      coUnitIds: [],
      leadLeaderId: 'leader-civil',
      reason: '改派第一检察厅',
    });
    at('2026-04-15T09:00:00');
    // The report replays the log, which shows an event once every older transaction has ended.
    await app.settledHead();
    const answer = await get(app.url, `/api/programmes/${PROGRAMME_ID}/reports/2026-Q1`, {
      token: app.tokenFor(READER),
    });
    expect(answer.status).toBe(200);
    expected = answer.body;
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

  it('the story gives the quarter something to show, and the quarter before something to compare with', () => {
    expect(expected.totals).toEqual({
      issued: 3,
      completed: 1,
      completedOnTime: 1,
      overdue: 2,
      urged: 1,
      extended: 0,
      returned: 1,
    });
    expect(expected.previous).toMatchObject({ issued: 1, overdue: 1 });
  });

  it(
    'the office opens 报表, picks the first quarter from the keyboard and sees the figures the API answers',
    async () => {
      await page.getByRole('menuitem', { name: '报表', exact: true }).click();
      await page.getByRole('heading', { name: '报表', exact: true }).waitFor();
      const picker = page.getByLabel('报告期', { exact: true });
      await picker.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('2026-Q1');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: '2026年重点督办任务 2026年第一季度', exact: true }).waitFor();

      const headline = page.getByTestId('report-headline');
      for (const key of FIGURE_KEYS) {
        const card = headline.locator(`[data-figure="${key}"]`);
        expect(await card.locator('.ant-statistic-title').textContent()).toBe(FIGURE_LABELS[key]);
        expect(await card.locator('.ant-statistic-content').textContent()).toBe(String(expected.totals[key]));
        const delta: number = expected.change[key];
        const change = delta > 0 ? `↑ ${delta}` : delta < 0 ? `↓ ${-delta}` : '持平';
        expect(await page.getByTestId(`change-${key}`).textContent()).toBe(`较上期 ${change}`);
      }
      expect(await headline.locator('[data-figure="onTimeRate"] .ant-statistic-content').textContent()).toBe(
        `${(expected.onTimeRate * 100).toFixed(1)}%`,
      );

      const table = (title: string) =>
        page
          .locator('.ant-card')
          .filter({ has: page.getByText(title, { exact: true }) })
          .locator('tbody tr.ant-table-row');
      const rowsOf = async (title: string) =>
        (await table(title).all()).map((row) => row.locator('td').allTextContents());
      const linesOf = (lines: any[]) =>
        lines.map((line) => [
          String(line.rank),
          line.name,
          ...FIGURE_KEYS.map((key) => String(line.figures[key])),
          line.onTimeRate === null ? '—' : `${(line.onTimeRate * 100).toFixed(1)}%`,
        ]);
      expect(await Promise.all(await rowsOf('各牵头单位情况（排名）'))).toEqual(linesOf(expected.units));
      expect(await Promise.all(await rowsOf('各牵头领导情况（排名）'))).toEqual(linesOf(expected.leaders));
      expect(expected.units.map((u: any) => u.name)).toEqual(['第九检察厅', '第一检察厅']);
      await page
        .getByRole('img', { name: /^本期与上期对比柱状图：立项交办3，上期1；/ })
        .locator('canvas')
        .waitFor();
      await page.getByRole('img', { name: /^各牵头单位办结与逾期柱状图：第九检察厅按期办结1/ }).waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the workbook it downloads opens with exceljs and holds the same figures',
    async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载 Excel', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${PROGRAMME_ID}-2026-Q1.xlsx`);
      const workbook = new Workbook();
      const bytes = await readFile(await download.path());
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      const summary = workbook.getWorksheet('汇总')!;
      expect(summary.getRow(1).getCell(1).value).toBe('2026年重点督办任务 2026年第一季度督办情况季报');
      const rows = summary
        .getRows(6, FIGURE_KEYS.length)!
        .map((row) => [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]);
      expect(rows).toEqual(
        FIGURE_KEYS.map((key) => [FIGURE_LABELS[key], expected.totals[key], expected.previous[key]]),
      );
      const units = workbook.getWorksheet('按单位')!;
      expect([units.getRow(6).getCell(2).value, units.getRow(7).getCell(2).value]).toEqual([
        '第九检察厅',
        '第一检察厅',
      ]);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the printable page opens in a new tab, and the page passes axe-core',
    async () => {
      const [tab] = await Promise.all([
        page.waitForEvent('popup'),
        page.getByRole('button', { name: '打印版', exact: true }).click(),
      ]);
      await tab.getByRole('heading', { name: '2026年重点督办任务 2026年第一季度督办情况季报', exact: true }).waitFor();
      await tab.close();
      expect(await axeViolations(page, 'reports')).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'reports.png'), fullPage: false });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
