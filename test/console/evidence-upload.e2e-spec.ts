/**
 * Evidence files refused, in a real browser (Chromium through playwright-core) against the real app,
 * with small limits of its evidence settings so nothing large is built: a file over the size limit is
 * refused with the API's 413 reason, a file of a type not taken with its 415 reason, both in Chinese
 * beside the field; neither is attached, and the report still goes with a good file.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEFAULT_EVIDENCE_SETTINGS } from '@app/evidence';
import { taskStreamId } from '@app/supervision';
import { post } from '../support/http-client';
import { JUVENILE_UNIT, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPage, signInAs } from '../support/browser';

const TIMEOUT_MS = 180_000;
/** The largest file taken here: a few kilobytes, so the spec's "large" file is small. */
const MAX_BYTES = 4096;
const pdf = (padding: number) => Buffer.concat([Buffer.from('%PDF-1.4\n%%EOF\n'), Buffer.alloc(padding, 0x20)]);

describe('evidence files the API refuses, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let taskId = '';

  beforeAll(async () => {
    app = await startTestApp({ demoSignIn: true, evidence: { ...DEFAULT_EVIDENCE_SETTINGS, maxBytes: MAX_BYTES } });
    await givenOrganisation(app);
    // Given a task the lead unit has acknowledged and planned: it reports progress, with evidence.
    taskId = await givenIssuedTask(app, { coUnitIds: [] });
    const unit = { token: app.tokenFor(JUVENILE_UNIT) };
    expect((await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, unit)).status).toBe(200);
    expect(
      (await post(app.url, `/api/tasks/${taskId}/plan`, { plan: '制定工作指引', milestones: [] }, unit)).status,
    ).toBe(200);
    browser = await launchBrowser();
  }, TIMEOUT_MS);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  /** The form item of the evidence field, where its reasons are shown (the inner locator is matched inside each item). */
  const evidenceField = (page: Page, dialog: Locator) =>
    dialog.locator('.ant-form-item').filter({ has: page.getByLabel('佐证材料', { exact: true }) });

  async function choose(dialog: Locator, name: string, mimeType: string, buffer: Buffer): Promise<void> {
    await dialog.getByLabel('佐证材料', { exact: true }).setInputFiles({ name, mimeType, buffer });
  }

  it(
    'refuses a file over the limit (413) and one of a type not taken (415) with their reasons beside the field, attaches neither, and reports with a good file',
    async () => {
      const opened = await newPage(browser, app.url);
      context = opened.context;
      const page: Page = opened.page;
      await signInAs(page, '第九检察厅工作人员');
      await page.goto(`/tasks/${encodeURIComponent(taskId)}`);
      await page.locator('[data-command="ReportProgress"]').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('进展情况', { exact: true }).fill('指引起草中');
      await dialog.getByLabel('完成比例（%）', { exact: true }).fill('30');
      const field = evidenceField(page, dialog);
      const reasons = field.locator('.ant-form-item-explain');

      // Too large: the API's 413 (FILE_TOO_LARGE), as it words it.
      await choose(dialog, '扫描件.pdf', 'application/pdf', pdf(MAX_BYTES * 2));
      await reasons.getByText(/文件超过上限 4 KB，请压缩或拆分后再上传/).waitFor();
      await field.getByText(/扫描件\.pdf · .* · 未上传/).waitFor();
      // A refused file holds the submit: the form says to remove it, and nothing is sent.
      await dialog.getByRole('button', { name: '提交', exact: true }).click();
      await reasons.getByText(/请移除后再提交/).waitFor();
      await dialog.getByRole('button', { name: '移除 扫描件.pdf', exact: true }).click();

      // Not a type taken: the API's 415 (UNSUPPORTED_FILE_TYPE), naming the file.
      await choose(dialog, '名单.txt', 'text/plain', Buffer.from('张三\n李四\n'));
      await reasons.getByText(/不接受此类文件作为佐证材料（名单\.txt：无法识别的格式）/).waitFor();
      await dialog.getByRole('button', { name: '移除 名单.txt', exact: true }).click();
      await reasons.getByText(/不接受此类文件/).waitFor({ state: 'detached' });

      // A good file: uploaded, and the report goes with it alone.
      await choose(dialog, '进展报告.pdf', 'application/pdf', pdf(100));
      await field.getByText(/进展报告\.pdf · .* · 已上传/).waitFor();
      await dialog.getByRole('button', { name: '提交', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('timeline').getByRole('button', { name: '下载 进展报告.pdf', exact: true }).waitFor();

      const events = await app.readStream(taskStreamId(taskId));
      const reported = events.filter((event) => event.type === 'ProgressReported');
      expect(reported).toHaveLength(1);
      const attachments = (reported[0].data as { attachments?: { name: string }[] }).attachments ?? [];
      expect(attachments.map((attachment) => attachment.name)).toEqual(['进展报告.pdf']);
    },
    TIMEOUT_MS,
  );
});
