/**
 * The evidence files in the audit command-line tools: `audit:verify` checks the stored bytes against
 * the log; `audit:export --with-files` writes them beside the export, and `audit:verify --file`
 * checks that folder offline, naming a missing or altered file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { post } from '../support/http-client';
import { JUVENILE_UNIT, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import type { CliIo } from '../../apps/api/src/cli/audit-cli-support';
import { runAuditExport } from '../../apps/api/src/cli/audit-export-command';
import { runAuditVerify } from '../../apps/api/src/cli/audit-verify-command';
import { EVIDENCE_BACKENDS, pdfBytes, upload, type EvidenceBackend } from './evidence-support';

describe.each(EVIDENCE_BACKENDS)('evidence files in audit:verify and audit:export, stored in %s', (_, openBackend) => {
  let backend: EvidenceBackend;
  let app: TestApp;
  const folder = mkdtempSync(join(tmpdir(), 'evidence-cli-'));
  const pdf = pdfBytes();
  const sha256 = createHash('sha256').update(pdf).digest('hex');

  function run(command: typeof runAuditVerify, args: string[]) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: string[] = [];
    const said: string[] = [];
    stdout.on('data', (chunk) => out.push(String(chunk)));
    stderr.on('data', (chunk) => said.push(String(chunk)));
    const io: CliIo = { stdout, stderr, env: { DATABASE_URL: app.databaseUrl, DATA_DIR: folder, ...backend.env } };
    return command(args, io).then((code) => ({ code, stdout: out.join(''), stderr: said.join('') }));
  }

  beforeAll(async () => {
    backend = await openBackend();
    app = await startTestApp({ evidence: backend.evidence });
    await givenOrganisation(app);
    const taskId = await givenIssuedTask(app, { coUnitIds: [] });
    const token = app.tokenFor(JUVENILE_UNIT);
    await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, { token });
    await post(app.url, `/api/tasks/${taskId}/plan`, { plan: '工作打算', milestones: [] }, { token });
    expect((await upload(app.url, token, '完成情况报告.pdf', pdf)).status).toBe(201);
    const reported = await post(
      app.url,
      `/api/tasks/${taskId}/completion-report`,
      {
        summary: '已完成',
        attachments: [{ sha256, name: '完成情况报告.pdf', mediaType: 'application/pdf', size: pdf.length }],
      },
      { token },
    );
    expect(reported.status).toBe(200);
    await app.settledHead();
  });
  afterAll(async () => {
    await app.close();
    await backend.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('audit:verify finds the stored file intact', async () => {
    const answer = await run(runAuditVerify, []);
    expect(answer).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('evidence files intact: 1 file (1 attachment)'),
    });
  });

  it('audit:export --with-files writes each file beside the export, named by its SHA-256, and the export verifies offline with them', async () => {
    const file = join(folder, 'export.ndjson');
    const exported = await run(runAuditExport, ['--out', file, '--with-files']);
    expect(exported).toMatchObject({ code: 0, stderr: expect.stringContaining('evidence files: 1 written to') });
    expect(readdirSync(`${file}.files`)).toEqual([sha256]);
    const verified = await run(runAuditVerify, ['--file', file]);
    expect(verified).toMatchObject({ code: 0, stdout: expect.stringContaining('evidence files intact: 1 file') });
  });

  it('audit:verify --file names a file of the folder that was altered or removed', async () => {
    const file = join(folder, 'export.ndjson');
    writeFileSync(join(`${file}.files`, sha256), pdfBytes('换过的文件'));
    const altered = await run(runAuditVerify, ['--file', file]);
    expect(altered.code).toBe(1);
    expect(altered.stdout).toContain(`ALTERED 完成情况报告.pdf (${sha256}`);
    unlinkSync(join(`${file}.files`, sha256));
    const missing = await run(runAuditVerify, ['--file', file]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(`MISSING 完成情况报告.pdf (${sha256})`);
  });

  it('audit:verify --file without the folder says the files were not checked, and still checks the export', async () => {
    const file = join(folder, 'plain.ndjson');
    expect((await run(runAuditExport, ['--out', file])).code).toBe(0);
    expect(existsSync(`${file}.files`)).toBe(false);
    const answer = await run(runAuditVerify, ['--file', file]);
    expect(answer).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('evidence files not checked: 1 attachment recorded'),
    });
  });

  it('audit:export --with-files needs --out (exit 2)', async () => {
    expect((await run(runAuditExport, ['--with-files'])).code).toBe(2);
  });

  it('audit:verify names a file whose stored bytes an operator changed behind the ledger', async () => {
    await backend.alter(app.databaseUrl, sha256, pdfBytes('改过'));
    const answer = await run(runAuditVerify, []);
    expect(answer.code).toBe(1);
    expect(answer.stdout).toContain('EVIDENCE FILES BROKEN (1 of 1 attachments)');
    expect(answer.stdout).toContain(
      `ALTERED 完成情况报告.pdf (${sha256}, the stored bytes hash to ${createHash('sha256').update(pdfBytes('改过')).digest('hex')}) recorded by CompletionReported`,
    );
  });
});

describe('audit:verify with an evidence store that could not work', () => {
  it('stops before reading anything, in one line naming the variable (exit 2)', async () => {
    const stderr = new PassThrough();
    const said: string[] = [];
    stderr.on('data', (chunk) => said.push(String(chunk)));
    const io: CliIo = { stdout: new PassThrough(), stderr, env: { EVIDENCE_STORE: 's3' } };
    expect(await runAuditVerify([], io)).toBe(2);
    expect(said.join('')).toBe('EVIDENCE_STORE=s3 needs S3_BUCKET, the bucket that keeps the evidence files\n');
  });
});
