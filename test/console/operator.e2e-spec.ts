/**
 * The operator (运维) in a real browser: signs in as the demo admin, opens 运维, rebuilds a read
 * model with the keyboard and sees it finish; the page passes axe-core (WCAG 2 A and AA).
 */
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { axeViolations, launchBrowser, newPage, signInAs } from '../support/browser';

const JOURNEY_TIMEOUT_MS = 180_000;
/** Where the README's screenshot of the admin's page is written, when asked for (as the journeys do). */
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS;

describe('the operator’s console page, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    app = await startTestApp({ demoSignIn: true });
    await givenOrganisation(app);
    await givenIssuedTask(app);
    browser = await launchBrowser();
  }, JOURNEY_TIMEOUT_MS);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it(
    'the admin opens 运维, rebuilds a read model from the keyboard and sees it finish, and the page passes axe-core',
    async () => {
      const opened = await newPage(browser, app.url);
      context = opened.context;
      const page = opened.page;
      await signInAs(page, '运维');
      await page.getByRole('menuitem', { name: '运维' }).click();
      // Each read model by what it holds, its name as the API knows it beneath.
      const boardRow = page.getByRole('row').filter({ has: page.getByText('任务台账', { exact: true }) });
      await boardRow.getByText('task-board', { exact: true }).waitFor();
      await page.getByTestId('notifier-status').getByText('通知推送', { exact: true }).waitFor();
      await page.getByText('没有搁置事件').waitFor();

      await page.getByRole('button', { name: '重建 任务台账', exact: true }).focus();
      await page.keyboard.press('Enter');
      const confirm = page.locator('.ant-popconfirm').filter({ hasText: '重建读模型“任务台账”？' });
      await confirm.waitFor();
      await confirm.getByRole('button', { name: '重建' }).focus();
      await page.keyboard.press('Enter');

      const state = page.getByTestId('rebuild-task-board');
      await state.filter({ hasText: '重建完成' }).waitFor();
      await confirm.waitFor({ state: 'hidden' });
      expect(await state.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
      // The swap moved the read model's generation, and the status shows it once the rebuild has ended.
      await boardRow.getByRole('cell', { name: '1', exact: true }).waitFor();
      expect(await axeViolations(page, 'operator')).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'operator-admin.png'), fullPage: false });
    },
    JOURNEY_TIMEOUT_MS,
  );
});
