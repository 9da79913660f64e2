/**
 * The console in a real browser (Chromium through playwright-core), against the real app on the
 * run's embedded PostgreSQL: one journey per role on one task, in order — the supervision office
 * issues it; the lead unit acknowledges, plans and reports; the co-unit countersigns; the unit
 * reports completion; the office returns it, then accepts and rates it; the auditor finds every step
 * in the history, travels to before the task existed and back, and verifies the chains; and two
 * browsers acting on the same task show the conflict instead of losing a write.
 *
 * CONSOLE_SCREENSHOTS=<folder> also saves each role's main page there (docs/screenshots/ in the README).
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { post } from '../support/http-client';
import { CRIMINAL_UNIT, JUVENILE_UNIT, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPage, signInAs } from '../support/browser';

const JOURNEY_TIMEOUT_MS = 180_000;
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS;

describe('the console, role by role, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let taskId = '';

  beforeAll(async () => {
    app = await startTestApp({ demoSignIn: true });
    await givenOrganisation(app);
    browser = await launchBrowser();
  }, JOURNEY_TIMEOUT_MS);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  const signedIn = new Map<string, Page>();
  /** The page of a demo user, signed in through the sign-in page the first time, then kept (signing in again proves nothing new). */
  async function pageFor(displayName: string): Promise<Page> {
    const known = signedIn.get(displayName);
    if (known) return known;
    const { context, page } = await newPage(browser, app.url);
    contexts.push(context);
    await signInAs(page, displayName);
    signedIn.set(displayName, page);
    return page;
  }

  /** A unit member the demo has no sign-in for (the co-unit): the session a sign-in would leave, put in the tab before the console loads. */
  async function pageWithSession(claims: { sub: string; unit?: string }, name: string): Promise<Page> {
    const { context, page } = await newPage(browser, app.url);
    contexts.push(context);
    const session = { token: app.tokenFor({ sub: claims.sub, role: 'unit', unit: claims.unit, name }), user: { user: claims.sub, userId: claims.sub, role: 'unit', unitId: claims.unit, name, description: '' } };
    await context.addInitScript((value) => (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem('console.session', value), JSON.stringify(session));
    return page;
  }

  async function openTask(page: Page): Promise<void> {
    await page.goto(`/tasks/${encodeURIComponent(taskId)}`);
    await page.getByRole('heading', { name: /规范推进未成年人检察业务统一集中办理/ }).waitFor();
  }

  /** Opens a command's form, fills it, submits, and waits for the form to close (the page then shows the change). */
  async function act(page: Page, command: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => undefined): Promise<void> {
    await page.locator(`[data-command="${command}"]`).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await fill(dialog);
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Types the date (the picker turns to its month) and picks its cell: Enter would submit the form. */
  async function pickDate(page: Page, input: ReturnType<Page['getByLabel']>, date: string): Promise<void> {
    await input.click();
    await input.fill(date);
    await page.locator(`.ant-picker-dropdown:visible td[title="${date}"]`).click();
  }

  const offered = (page: Page, command: string) => page.locator(`[data-command="${command}"]`).waitFor();
  const inHistory = (page: Page, label: string) => page.getByTestId('timeline').getByText(label, { exact: true }).first().waitFor();
  const screenshot = async (page: Page, name: string) => {
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  };

  it(
    'the supervision office issues a task from the board',
    async () => {
      const page = await pageFor('督办办公室');
      await page.getByRole('heading', { name: '督办台账' }).waitFor();
      await page.getByRole('button', { name: '立项交办' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('督办批次').fill('spp-2026');
      await dialog.getByLabel('编号').fill('2026-01');
      await dialog.getByLabel('条线').fill('未成年人检察');
      await dialog.getByLabel('任务名称').fill('规范推进未成年人检察业务统一集中办理');
      await dialog.getByLabel('任务内容').fill('涉未成年人刑事、民事、行政、公益诉讼检察业务统一集中办理');
      await dialog.getByLabel('牵头单位').fill('dept-9');
      const coUnits = dialog.getByLabel('协办单位');
      await coUnits.fill('dept-1');
      await coUnits.press('Enter');
      await dialog.getByLabel('分管院领导').fill('leader-juvenile');
      await pickDate(page, dialog.getByLabel('办理时限'), '2026-12-31');
      await dialog.getByRole('button', { name: '交办' }).click();
      await page.waitForURL(/\/tasks\//);
      taskId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
      await page.getByRole('heading', { name: /2026-01 规范推进未成年人检察业务统一集中办理/ }).waitFor();
      await inHistory(page, '立项交办');
      await offered(page, 'IssueUrgeNotice');
      await page.goto('/board');
      await page.getByTestId(`task-link-${taskId}`).waitFor();
      await screenshot(page, 'supervisor-board');
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the lead unit finds it in its to-do, acknowledges it, submits its plan and reports progress',
    async () => {
      const page = await pageFor('第九检察厅工作人员');
      await page.getByRole('heading', { name: /待办/ }).waitFor();
      await page.getByTestId(`task-link-${taskId}`).click();
      await page.getByRole('heading', { name: /规范推进未成年人检察业务统一集中办理/ }).waitFor();
      await act(page, 'AcknowledgeTask');
      await act(page, 'SubmitWorkPlan', (dialog) => dialog.getByLabel('工作打算').fill('制定工作指引，分批试点。'));
      await act(page, 'ReportProgress', async (dialog) => {
        await dialog.getByLabel('进展情况').fill('指引起草中');
        await dialog.getByLabel('完成比例（%）').fill('30');
      });
      await page.getByText('指引起草中（30%）').waitFor();
      for (const label of ['签收', '报送工作打算', '报送进展']) await inHistory(page, label);
      // The co-unit has not countersigned: the domain does not offer the completion report yet.
      expect(await page.locator('[data-command="ReportCompletion"]').count()).toBe(0);
      await page.goto('/todo');
      await page.getByRole('tab', { name: /办理中/ }).click();
      await page.getByTestId(`task-link-${taskId}`).waitFor();
      await screenshot(page, 'unit-todo');
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the co-unit countersigns, and then the lead unit reports completion',
    async () => {
      const coUnit = await pageWithSession({ sub: CRIMINAL_UNIT.sub, unit: CRIMINAL_UNIT.unit }, '第一检察厅工作人员');
      await openTask(coUnit);
      await act(coUnit, 'CountersignCompletion', (dialog) => dialog.getByLabel('意见').fill('同意'));
      await inHistory(coUnit, '会签');
      const unit = await pageFor('第九检察厅工作人员');
      await openTask(unit);
      await act(unit, 'ReportCompletion', (dialog) => dialog.getByLabel('完成情况').fill('指引已印发，全国推开'));
      await inHistory(unit, '完成情况汇报');
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the supervision office returns the completion, then accepts the one reported again, and rates it',
    async () => {
      const page = await pageFor('督办办公室');
      await openTask(page);
      await act(page, 'ReturnCompletion', (dialog) => dialog.getByLabel('理由').fill('请补充试点评估'));
      await inHistory(page, '退回重办');
      // Given the work done again through the API (a returned completion clears the countersigns).
      const unitToken = app.tokenFor(JUVENILE_UNIT);
      expect((await post(app.url, `/api/tasks/${taskId}/countersign`, {}, { token: app.tokenFor(CRIMINAL_UNIT) })).status).toBe(200);
      const reported = await post(app.url, `/api/tasks/${taskId}/completion-report`, { summary: '已补充试点评估' }, { token: unitToken });
      expect(reported.status).toBe(200);
      await openTask(page);
      await offered(page, 'AcceptCompletion');
      await act(page, 'AcceptCompletion', (dialog) => dialog.getByLabel('意见').fill('同意办结'));
      await act(page, 'RateTask', async (dialog) => {
        await dialog.getByLabel('评价').click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="优秀"]').click();
        await dialog.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: '优秀' }).first().waitFor();
      });
      await inHistory(page, '办结');
      await inHistory(page, '评价');
      await offered(page, 'OpenLookBackReview');
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the auditor finds every step in the history, travels to before the task existed and back, and verifies',
    async () => {
      const page = await pageFor('巡视/纪检');
      await page.getByRole('heading', { name: '审计' }).waitFor();
      await page.getByLabel('流').fill(`task-${taskId}`);
      await page.getByRole('button', { name: '查询' }).click();
      const rows = page.locator('.ant-table-tbody');
      for (const label of ['立项交办', '签收', '报送工作打算', '报送进展', '会签', '完成情况汇报', '退回重办', '办结', '评价']) {
        await rows.getByText(label, { exact: true }).first().waitFor();
      }
      await screenshot(page, 'auditor-history');

      await page.getByRole('tab', { name: '任务哈希链' }).click();
      await page.getByLabel('任务编号').fill(taskId);
      await page.getByLabel('任务编号').press('Enter');
      await page.getByText('相接').first().waitFor();
      await page.getByTestId('as-of').waitFor();
      expect(await page.getByText('断开').count()).toBe(0);
      const slider = page.getByRole('slider', { name: '版本' });
      await slider.focus();
      await slider.press('Home');
      await page.getByTestId('as-of-before').waitFor();
      await slider.press('End');
      await page.getByTestId('as-of').getByText('已办结').waitFor();
      await screenshot(page, 'auditor-chain');

      await page.getByRole('tab', { name: '校验与导出' }).click();
      await page.getByRole('button', { name: '开始校验' }).click();
      await page.getByTestId('verify-result').getByText(/校验通过/).waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'two browsers urging the same task: the second, shown the old revision, is told of the change instead of overwriting it',
    async () => {
      const first = await pageFor('督办办公室');
      // A second browser (its own context and session) of the same office.
      const { context, page: second } = await newPage(browser, app.url);
      contexts.push(context);
      await signInAs(second, '督办办公室');
      // A task still open, issued through the API.
      const issued = await post(
        app.url,
        '/api/tasks',
        { programmeId: 'spp-2026', code: '2026-02', title: '推进未检社会支持体系建设', description: '建立健全未成年人司法保护社会支持体系', category: '未成年人检察', leadLeaderId: 'leader-juvenile', leadUnitId: 'dept-9', coUnitIds: [], deadline: '2026-12-31' },
        { token: app.tokenFor({ sub: 'duban-office', role: 'supervisor' }) },
      );
      expect(issued.status).toBe(201);
      for (const page of [first, second]) {
        await page.goto(`/tasks/${encodeURIComponent(issued.body.id)}`);
        await page.locator('[data-command="IssueUrgeNotice"]').waitFor();
      }
      const urge = (page: Page, reason: string) =>
        async (dialog: ReturnType<Page['getByRole']>) => {
          await dialog.getByLabel('理由').fill(reason);
          await pickDate(page, dialog.getByLabel('答复期限'), '2026-03-20');
        };
      await act(first, 'IssueUrgeNotice', urge(first, '请报送进展'));
      await second.locator('[data-command="IssueUrgeNotice"]').click();
      const dialog = second.getByRole('dialog');
      await urge(second, '请于本周报送')(dialog);
      await dialog.getByRole('button', { name: '提交' }).click();
      await dialog.getByText('已被他人修改，请刷新后再操作').waitFor();
      await dialog.getByText(/最近一次修改：.*催办/).waitFor();
      await screenshot(second, 'conflict');
      // Nothing was overwritten: one urge on record, the first.
      const urges = (await app.readStream(`task-${issued.body.id}`)).filter((event) => event.type === 'UrgeNoticeIssued');
      expect(urges.map((event) => (event.data as { reason: string }).reason)).toEqual(['请报送进展']);
      await dialog.getByRole('button', { name: '刷新' }).click();
      await second.getByText('请报送进展（答复期限 2026-03-20）').waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );
});
