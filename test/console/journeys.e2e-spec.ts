/**
 * The console in a real browser (Chromium through playwright-core), against the real app on the
 * run's embedded PostgreSQL: one journey per role on one task, in order — the supervision office
 * issues it; the lead unit acknowledges, plans and reports; the co-unit countersigns; the unit
 * reports completion with an evidence file (a PDF, which the office downloads); the office returns
 * it, then accepts and rates it; the auditor finds every step in the history, travels to before the task existed and back, and verifies the chains; and two
 * browsers acting on the same task show the conflict instead of losing a write.
 *
 * CONSOLE_SCREENSHOTS=<folder> also saves each role's main page there (docs/screenshots/ in the README):
 * the board, the to-do, the history, the chain and the conflict in the journeys, the sign-in page, a
 * task, the dashboards, the operator's page, the leader's page and the inbox in the accessibility check.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_NOTIFIER_SETTINGS } from '@app/notifier';
import { post } from '../support/http-client';
import { CRIMINAL_UNIT, JUVENILE_UNIT, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { axeViolations, launchBrowser, newPage, signInAs } from '../support/browser';

const JOURNEY_TIMEOUT_MS = 180_000;
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS;
/** A small PDF (the API reads the type from the bytes, so it must look like one), attached to the completion report. */
const EVIDENCE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the console, role by role, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let taskId = '';

  beforeAll(async () => {
    // The notifier too, so that the inbox (通知) shows what the journeys sent each user.
    app = await startTestApp({ demoSignIn: true, notifier: DEFAULT_NOTIFIER_SETTINGS });
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

  async function openTask(page: Page): Promise<void> {
    await page.goto(`/tasks/${encodeURIComponent(taskId)}`);
    await page.getByRole('heading', { name: /规范推进未成年人检察业务统一集中办理/ }).waitFor();
  }

  /** Opens a command's form, fills it, submits, and waits for the form to close (the page then shows the change). */
  async function act(
    page: Page,
    command: string,
    fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => undefined,
  ): Promise<void> {
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

  /** Issues a task through the board's form: the directory's dropdowns typed into, the deadline picked. */
  async function issueThroughForm(page: Page, code: string, title: string, coUnit?: string): Promise<void> {
    await page.getByRole('button', { name: '立项交办' }).click();
    const dialog = page.getByRole('dialog');
    // Text fields, and the directory's dropdowns typed into (Tab moves on and closes each one's list of suggestions).
    const fields: [string, string, boolean][] = [
      ['督办批次', 'spp-2026', true],
      ['编号', code, false],
      ['条线', '未成年人检察', true],
      ['任务名称', title, false],
      ['任务内容', '涉未成年人刑事、民事、行政、公益诉讼检察业务统一集中办理', false],
      ['牵头单位', 'dept-9', true],
    ];
    for (const [label, value, suggests] of fields) {
      await dialog.getByLabel(label).fill(value);
      if (suggests) await dialog.getByLabel(label).press('Tab');
    }
    if (coUnit) {
      // Enter picks the co-unit; a Tab here would toggle it off again, so the next field's click closes its list.
      const coUnits = dialog.getByLabel('协办单位');
      await coUnits.fill(coUnit);
      await coUnits.press('Enter');
      await dialog
        .locator('.ant-select-selection-item, .ant-select-selection-overflow-item')
        .filter({ hasText: coUnit })
        .first()
        .waitFor();
    }
    await dialog.getByLabel('分管院领导').fill('leader-juvenile');
    await dialog.getByLabel('分管院领导').press('Tab');
    await pickDate(page, dialog.getByLabel('办理时限'), '2026-12-31');
    await dialog.getByRole('button', { name: '交办' }).click();
  }

  const offered = (page: Page, command: string) => page.locator(`[data-command="${command}"]`).waitFor();
  const inHistory = (page: Page, label: string) =>
    page.getByTestId('timeline').getByText(label, { exact: true }).first().waitFor();
  const screenshot = async (page: Page, name: string) => {
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  };

  it(
    'the supervision office issues a task from the board',
    async () => {
      const page = await pageFor('督办办公室');
      await page.getByRole('heading', { name: '督办台账', exact: true }).waitFor();
      await issueThroughForm(page, '2026-01', '规范推进未成年人检察业务统一集中办理', 'dept-1');
      await page.waitForURL(/\/tasks\//);
      taskId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
      await page.getByRole('heading', { name: /2026-01 规范推进未成年人检察业务统一集中办理/ }).waitFor();
      await inHistory(page, '立项交办');
      // Versions as users count them: the task just issued is at its first (the stream's revision 0).
      expect(await page.getByTestId('revision').textContent()).toBe('第 1 版');
      await page.locator('.ant-descriptions').getByText('第一检察厅', { exact: true }).waitFor();
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
    'the co-unit countersigns, and then the lead unit reports completion with a PDF as its evidence file',
    async () => {
      const coUnit = await pageFor('第一检察厅工作人员');
      await openTask(coUnit);
      await act(coUnit, 'CountersignCompletion', (dialog) => dialog.getByLabel('意见').fill('同意'));
      await inHistory(coUnit, '会签');
      const unit = await pageFor('第九检察厅工作人员');
      await openTask(unit);
      await act(unit, 'ReportCompletion', async (dialog) => {
        await dialog.getByLabel('完成情况').fill('指引已印发，全国推开');
        // The evidence file (佐证材料), chosen as through the file dialog: uploaded at once, then named by the report.
        await dialog
          .getByLabel('佐证材料')
          .setInputFiles({ name: '完成情况报告.pdf', mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
        await dialog
          .getByTestId('attachments')
          .getByText(/完成情况报告\.pdf · .* · 已上传/)
          .waitFor();
      });
      await inHistory(unit, '完成情况汇报');
      // The history's entry of the report names the file too.
      await unit.getByTestId('timeline').getByRole('button', { name: '下载 完成情况报告.pdf' }).waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the supervision office downloads the evidence file, returns the completion, then accepts the one reported again, and rates it',
    async () => {
      const page = await pageFor('督办办公室');
      await openTask(page);
      // The report's evidence file: listed on the task, and downloaded (with the token in a header) as it was uploaded.
      const evidence = page.getByTestId('evidence-files');
      await evidence.getByText('完成情况报告.pdf', { exact: true }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        evidence.getByRole('button', { name: '下载 完成情况报告.pdf' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('完成情况报告.pdf');
      expect(sha256(await readFile(await download.path()))).toBe(sha256(EVIDENCE_PDF));
      await act(page, 'ReturnCompletion', (dialog) => dialog.getByLabel('理由').fill('请补充试点评估'));
      await inHistory(page, '退回重办');
      // Given the work done again through the API (a returned completion clears the countersigns).
      const unitToken = app.tokenFor(JUVENILE_UNIT);
      expect(
        (await post(app.url, `/api/tasks/${taskId}/countersign`, {}, { token: app.tokenFor(CRIMINAL_UNIT) })).status,
      ).toBe(200);
      const reported = await post(
        app.url,
        `/api/tasks/${taskId}/completion-report`,
        { summary: '已补充试点评估' },
        { token: unitToken },
      );
      expect(reported.status).toBe(200);
      await openTask(page);
      await offered(page, 'AcceptCompletion');
      await act(page, 'AcceptCompletion', (dialog) => dialog.getByLabel('意见').fill('同意办结'));
      await act(page, 'RateTask', async (dialog) => {
        // Ant Design draws each choice as a button over a hidden radio: the user clicks the button's label.
        await dialog.locator('label.ant-radio-button-wrapper', { hasText: '优秀' }).click();
        expect(await dialog.getByRole('radio', { name: '优秀' }).isChecked()).toBe(true);
      });
      await inHistory(page, '办结');
      await inHistory(page, '评价');
      await offered(page, 'OpenLookBackReview');
      // Finished, the task has no light: its header says nothing of one, not a lone dash.
      expect(await page.getByLabel('无灯').count()).toBe(0);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the auditor finds every step in the history, travels to before the task existed and back, and verifies',
    async () => {
      const page = await pageFor('巡视/纪检');
      await page.getByRole('heading', { name: '审计', exact: true }).waitFor();
      await page.getByLabel('事件流', { exact: true }).fill(`task-${taskId}`);
      await page.getByRole('button', { name: '查询' }).click();
      const rows = page.locator('.ant-table-tbody');
      for (const label of [
        '立项交办',
        '签收',
        '报送工作打算',
        '报送进展',
        '会签',
        '完成情况汇报',
        '退回重办',
        '办结',
        '评价',
      ]) {
        await rows.getByText(label, { exact: true }).first().waitFor();
      }
      // Who acted, by the directory's names: the unit's clerk (an account the directory does not list) under its unit's name, not its id.
      await rows.getByText('dept-9-staff（第九检察厅）', { exact: true }).first().waitFor();
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
      await page
        .getByTestId('verify-result')
        .getByText(/校验通过/)
        .waitFor();
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
        {
          programmeId: 'spp-2026',
          code: '2026-02',
          title: '推进未检社会支持体系建设',
          description: '建立健全未成年人司法保护社会支持体系',
          category: '未成年人检察',
          leadLeaderId: 'leader-juvenile',
          leadUnitId: 'dept-9',
          coUnitIds: [],
          deadline: '2026-12-31',
        },
        { token: app.tokenFor({ sub: 'duban-office', role: 'supervisor' }) },
      );
      expect(issued.status).toBe(201);
      for (const page of [first, second]) {
        await page.goto(`/tasks/${encodeURIComponent(issued.body.id)}`);
        await page.locator('[data-command="IssueUrgeNotice"]').waitFor();
      }
      const urge = (page: Page, reason: string) => async (dialog: ReturnType<Page['getByRole']>) => {
        await dialog.getByLabel('理由').fill(reason);
        await pickDate(page, dialog.getByLabel('答复期限'), '2026-03-20');
      };
      // The second opens its form on the revision it shows; the first urges meanwhile (the second's page behind the form refreshes live).
      await second.locator('[data-command="IssueUrgeNotice"]').click();
      const dialog = second.getByRole('dialog');
      await urge(second, '请于本周报送')(dialog);
      await act(first, 'IssueUrgeNotice', urge(first, '请报送进展'));
      await dialog.getByRole('button', { name: '提交' }).click();
      await dialog.getByText('已被他人修改，请刷新后再操作').waitFor();
      await dialog.getByText(/最近一次修改：.*催办/).waitFor();
      await screenshot(second, 'conflict');
      // Nothing was overwritten: one urge on record, the first.
      const urges = (await app.readStream(`task-${issued.body.id}`)).filter(
        (event) => event.type === 'UrgeNoticeIssued',
      );
      expect(urges.map((event) => (event.data as { reason: string }).reason)).toEqual(['请报送进展']);
      await dialog.getByRole('button', { name: '刷新' }).click();
      await second.getByText('请报送进展（答复期限 2026-03-20）').waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'a second browser sees, without a reload, the task the office issues and the urge it sends (the board and the task are live)',
    async () => {
      const office = await pageFor('督办办公室');
      const leader = await pageFor('分管未成年人检察的院领导');
      await leader.goto('/board');
      await leader.getByRole('heading', { name: '督办台账', exact: true }).waitFor();
      // A mark on the page's window: a reload would wipe it.
      const notReloaded = () =>
        leader.evaluate(() => (globalThis as unknown as { stillThisPage?: boolean }).stillThisPage === true);
      await leader.evaluate(() => ((globalThis as unknown as { stillThisPage?: boolean }).stillThisPage = true));
      await office.goto('/board');
      await issueThroughForm(office, '2026-03', '完善未成年人保护公益诉讼工作机制');
      await office.waitForURL(/\/tasks\//);
      const liveTaskId = decodeURIComponent(new URL(office.url()).pathname.split('/').pop()!);
      await leader.getByTestId(`task-link-${liveTaskId}`).waitFor();
      expect(await notReloaded()).toBe(true);

      await leader.getByTestId(`task-link-${liveTaskId}`).click();
      await leader.getByRole('heading', { name: /完善未成年人保护公益诉讼工作机制/ }).waitFor();
      await inHistory(leader, '立项交办');
      await offered(office, 'IssueUrgeNotice');
      await act(office, 'IssueUrgeNotice', async (dialog) => {
        await dialog.getByLabel('理由').fill('请尽快签收');
        await pickDate(office, dialog.getByLabel('答复期限'), '2026-03-20');
      });
      await inHistory(leader, '催办');
      expect(await notReloaded()).toBe(true);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'every page passes an automated accessibility check (axe-core, WCAG 2 A and AA)',
    async () => {
      const violations: string[] = [];
      const check = async (page: Page, name: string, ready: () => Promise<unknown>, shot?: string) => {
        await ready();
        violations.push(...(await axeViolations(page, name)));
        if (shot) await screenshot(page, shot);
      };
      const { context, page: signIn } = await newPage(browser, app.url);
      contexts.push(context);
      await signIn.goto('/sign-in');
      await check(
        signIn,
        'sign-in',
        () => signIn.getByRole('button', { name: '登录 督办办公室' }).waitFor(),
        'sign-in',
      );
      const office = await pageFor('督办办公室');
      await office.goto('/board');
      await check(office, 'board', () => office.getByTestId(`task-link-${taskId}`).waitFor());
      await openTask(office);
      await check(office, 'task', () => inHistory(office, '评价'), 'supervisor-task');
      await office.goto('/dashboards');
      await check(office, 'dashboards', () => office.locator('canvas').first().waitFor(), 'dashboards');
      await office.goto('/operator');
      await check(
        office,
        'operator',
        () => office.getByRole('cell').getByText('任务台账', { exact: true }).waitFor(),
        'operator',
      );
      // The supervision office sees the read models' status, but not the administrator's rebuild and replay.
      await office.getByText('重建读模型与重放搁置事件由系统管理员操作。').waitFor();
      expect(await office.getByRole('button', { name: /^重建/ }).count()).toBe(0);
      const unit = await pageFor('第九检察厅工作人员');
      await unit.goto('/todo');
      await check(unit, 'to-do', () => unit.getByRole('tab', { name: /待签收/ }).waitFor());
      const leader = await pageFor('分管未成年人检察的院领导');
      await leader.goto('/leader');
      await check(leader, 'leader', () => leader.getByTestId(`task-link-${taskId}`).waitFor(), 'leader');
      await unit.goto('/inbox');
      await check(
        unit,
        'inbox',
        () => unit.getByRole('listitem').filter({ hasText: '催办通知' }).first().waitFor(),
        'unit-inbox',
      );
      const auditor = await pageFor('巡视/纪检');
      await auditor.goto('/audit');
      await check(auditor, 'audit', () => auditor.getByTestId('history-count').waitFor());
      expect(violations).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
