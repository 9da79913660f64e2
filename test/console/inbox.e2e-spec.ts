/**
 * The console's inbox (通知) in Chromium: the unit finds the urge the office sent, with the unread
 * count, marks it read, and opens its task from it.
 */
import type { Browser } from 'playwright-core';
import { DEFAULT_NOTIFIER_SETTINGS } from '@app/notifier';
import { eventually } from '@app/testing';
import { get, post } from '../support/http-client';
import { JUVENILE_UNIT, SUPERVISOR, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPage, signInAs } from '../support/browser';

describe('the console’s inbox, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp({
      demoSignIn: true,
      notifier: {
        ...DEFAULT_NOTIFIER_SETTINGS,
        reminders: { ...DEFAULT_NOTIFIER_SETTINGS.reminders, daysAhead: 0, noProgressDays: 0 },
      },
    });
    await givenOrganisation(app);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the unit the urge unread, marks it read, and opens its task, whose history shows the urge delivered', async () => {
    const taskId = await givenIssuedTask(app);
    expect(
      (
        await post(
          app.url,
          `/api/tasks/${taskId}/urge`,
          { reason: '请于三日内报送进展', replyDueOn: '2026-03-10' },
          { token: app.tokenFor(SUPERVISOR) },
        )
      ).status,
    ).toBe(200);
    await eventually(
      () => get(app.url, '/api/inbox', { token: app.tokenFor(JUVENILE_UNIT) }),
      (answer) => answer.body.total === 2,
    );

    const { context, page } = await newPage(browser, app.url);
    try {
      await signInAs(page, '第九检察厅工作人员');
      await page.getByRole('menuitem', { name: '通知' }).click();
      const urge = page.getByRole('listitem').filter({ hasText: '催办通知' });
      await urge.waitFor();
      await page.getByTestId('inbox-unread').filter({ hasText: '2' }).waitFor();
      await urge.getByRole('button', { name: '标为已读' }).click();
      await page.getByTestId('inbox-unread').filter({ hasText: '1' }).waitFor();
      await urge.getByRole('button', { name: '标为已读' }).waitFor({ state: 'detached' });
      await urge.getByRole('button', { name: '查看任务' }).click();
      await page.waitForURL(`**/tasks/${taskId}`);
      // The task's history names who the urge was told to, by which channel, and that it got there.
      await page.getByTestId('timeline').getByText('第九检察厅 · 站内通知 · 已送达', { exact: true }).first().waitFor();
    } finally {
      await context.close();
    }
    expect(
      (await get(app.url, '/api/inbox?unread=true', { token: app.tokenFor(JUVENILE_UNIT) })).body.items.map(
        (item: { cause: string }) => item.cause,
      ),
    ).toEqual(['task_issued']);
  }, 120_000);
});
