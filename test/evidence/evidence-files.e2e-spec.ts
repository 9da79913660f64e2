/**
 * Evidence files (佐证材料) over HTTP: uploaded first, named in a report, recorded in the event, shown
 * in the detail and the timeline, downloaded in the task's read scope, and verified: a completion
 * report with a PDF verifies, and altering or removing the stored bytes makes verification name the file.
 */
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { taskStreamId } from '@app/supervision';
import { get, post } from '../support/http-client';
import {
  AUDITOR,
  CIVIL_UNIT,
  CRIMINAL_UNIT,
  JUVENILE_UNIT,
  READER,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
} from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  EVIDENCE_BACKENDS,
  download,
  pdfBytes,
  pngBytes,
  upload,
  uploadAnsweredEarly,
  type EvidenceBackend,
} from './evidence-support';

describe.each(EVIDENCE_BACKENDS)('evidence files on a completion report, stored in %s', (_, openBackend) => {
  let backend: EvidenceBackend;
  let app: TestApp;
  let taskId: string;
  const pdf = pdfBytes();
  const pdfHash = createHash('sha256').update(pdf).digest('hex');
  let attachment: { sha256: string; name: string; mediaType: string; size: number };
  let reportedAt: string;

  const act = async (who: typeof SUPERVISOR, path: string, body: object = {}) => {
    const answer = await post(app.url, path, body, { token: app.tokenFor(who) });
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const verify = async () => (await get(app.url, '/api/audit/verify', { token: app.tokenFor(AUDITOR) })).body;

  beforeAll(async () => {
    backend = await openBackend();
    app = await startTestApp({ evidence: backend.evidence });
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app, { coUnitIds: ['dept-1'] });
    await act(JUVENILE_UNIT, `/api/tasks/${taskId}/acknowledge`);
    await act(JUVENILE_UNIT, `/api/tasks/${taskId}/plan`, { plan: '工作打算', milestones: [] });
    await act(CRIMINAL_UNIT, `/api/tasks/${taskId}/countersign`, { comment: '同意' });
  });
  afterAll(async () => {
    await app.close();
    await backend.close();
  });

  it('stores an upload under its SHA-256 with the type its bytes show, not the one declared', async () => {
    const answer = await upload(app.url, app.tokenFor(JUVENILE_UNIT), '完成情况报告.pdf', pdf, 'text/plain');
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      sha256: pdfHash,
      name: '完成情况报告.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      created: true,
    });
    attachment = { sha256: pdfHash, name: '完成情况报告.pdf', mediaType: 'application/pdf', size: pdf.length };
  });

  it('stores the same bytes once: a second upload answers 200, created false', async () => {
    const again = await upload(app.url, app.tokenFor(CRIMINAL_UNIT), '副本.pdf', pdf);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ sha256: pdfHash, mediaType: 'application/pdf', created: false });
  });

  it('refuses bytes of a type not allowed (415), however the file is named, and a file too large (413)', async () => {
    const script = await upload(
      app.url,
      app.tokenFor(JUVENILE_UNIT),
      '报告.pdf',
      Buffer.from('#!/bin/sh\nrm -rf /\n'),
      'application/pdf',
    );
    expect(script.status).toBe(415);
    expect(script.body).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', details: { detected: null } });
    const zip = await upload(
      app.url,
      app.tokenFor(JUVENILE_UNIT),
      '材料.pdf',
      Buffer.from('504b0304140000000800', 'hex'),
    );
    expect(zip.status).toBe(415);
    const large = await uploadAnsweredEarly(
      app.url,
      app.tokenFor(JUVENILE_UNIT),
      '扫描件.pdf',
      Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]),
    );
    expect(large).toBe(413);
  });

  it('refuses a form field beside the file (400 naming it), and an upload by a role that reports nothing (403)', async () => {
    const extra = await upload(app.url, app.tokenFor(JUVENILE_UNIT), 'a.pdf', pdf, 'application/pdf', { note: 'x' });
    expect(extra.status).toBe(400);
    expect(extra.body.details.fields).toEqual([
      { field: 'note', problems: ['note is not a field of this form (only "file")'] },
    ]);
    expect((await upload(app.url, app.tokenFor(READER), 'a.pdf', pdf)).status).toBe(403);
    expect((await upload(app.url, app.tokenFor(AUDITOR), 'a.pdf', pdf)).status).toBe(403);
  });

  it('refuses a report naming a file never uploaded (422), or one whose size is not the stored one, and appends nothing', async () => {
    const before = (await app.readStream(taskStreamId(taskId))).length;
    const unknown = await post(
      app.url,
      `/api/tasks/${taskId}/completion-report`,
      { summary: '已完成', attachments: [{ ...attachment, sha256: 'f'.repeat(64) }] },
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'EVIDENCE_FILE_NOT_UPLOADED', details: { sha256: 'f'.repeat(64) } });
    const wrongSize = await post(
      app.url,
      `/api/tasks/${taskId}/completion-report`,
      { summary: '已完成', attachments: [{ ...attachment, size: 1 }] },
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    expect(wrongSize.status).toBe(422);
    expect(wrongSize.body.code).toBe('EVIDENCE_FILE_MISMATCH');
    const malformed = await post(
      app.url,
      `/api/tasks/${taskId}/completion-report`,
      { summary: '已完成', attachments: [{ ...attachment, sha256: 'nothex' }] },
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    expect(malformed.status).toBe(400);
    expect((await app.readStream(taskStreamId(taskId))).length).toBe(before);
  });

  it('records the files a report carries in its event', async () => {
    const photo = await upload(app.url, app.tokenFor(CRIMINAL_UNIT), '现场照片.png', pngBytes());
    expect(photo.body.mediaType).toBe('image/png');
    await act(CRIMINAL_UNIT, `/api/tasks/${taskId}/progress`, {
      summary: '配合完成调研',
      percent: 90,
      attachments: [{ sha256: photo.body.sha256, name: '现场照片.png', mediaType: 'image/png', size: photo.body.size }],
    });
    reportedAt = (
      await act(JUVENILE_UNIT, `/api/tasks/${taskId}/completion-report`, {
        summary: '已在全国推开',
        attachments: [attachment],
      })
    ).position;
    const events = await app.readStream(taskStreamId(taskId));
    const reported = events.find((event) => event.type === 'CompletionReported')!;
    expect(reported.data.attachments).toEqual([attachment]);
  });

  it('shows the files in the detail, each with the act that attached it, and names them in the timeline', async () => {
    const detail = await get(app.url, `/api/tasks/${taskId}`, {
      token: app.tokenFor(SUPERVISOR),
      headers: { 'X-Min-Position': reportedAt },
    });
    expect(detail.status).toBe(200);
    expect(
      detail.body.evidenceFiles.map(
        (f: { name: string; attachedBy: string; attachedByLabel: string; href: string }) => [
          f.name,
          f.attachedBy,
          f.href,
        ],
      ),
    ).toEqual([
      ['现场照片.png', 'ProgressReported', `/api/tasks/${taskId}/files/${detail.body.evidenceFiles[0].sha256}`],
      ['完成情况报告.pdf', 'CompletionReported', `/api/tasks/${taskId}/files/${pdfHash}`],
    ]);
    const timeline = await get(app.url, `/api/tasks/${taskId}/timeline?limit=50`, {
      token: app.tokenFor(SUPERVISOR),
      headers: { 'X-Min-Position': reportedAt },
    });
    const sentences: string[] = timeline.body.items.map((entry: { summary: string }) => entry.summary);
    expect(sentences.some((sentence) => sentence.includes('附佐证材料 1 份：完成情况报告.pdf'))).toBe(true);
  });

  it('serves the bytes to whoever may read the task, with the name and type recorded', async () => {
    for (const who of [JUVENILE_UNIT, CRIMINAL_UNIT, SUPERVISOR, AUDITOR, READER]) {
      const answer = await download(app.url, app.tokenFor(who), `/api/tasks/${taskId}/files/${pdfHash}`);
      expect(answer.status).toBe(200);
      expect(answer.bytes.equals(pdf)).toBe(true);
      expect(answer.headers.get('content-type')).toBe('application/pdf');
      expect(answer.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent('完成情况报告.pdf')}`,
      );
    }
  });

  it('refuses a unit outside the task as the detail does (403), and a file the task never attached (404)', async () => {
    const outsider = await download(app.url, app.tokenFor(CIVIL_UNIT), `/api/tasks/${taskId}/files/${pdfHash}`);
    expect(outsider.status).toBe(403);
    expect((await get(app.url, `/api/tasks/${taskId}`, { token: app.tokenFor(CIVIL_UNIT) })).status).toBe(403);
    const other = await givenIssuedTask(app, { code: '2026-02', coUnitIds: [] });
    const notAttached = await get(app.url, `/api/tasks/${other}/files/${pdfHash}`, { token: app.tokenFor(SUPERVISOR) });
    expect(notAttached.status).toBe(404);
    expect(notAttached.body.code).toBe('EVIDENCE_FILE_NOT_FOUND');
    expect(
      (await get(app.url, `/api/tasks/${taskId}/files/NOT-A-HASH`, { token: app.tokenFor(SUPERVISOR) })).status,
    ).toBe(400);
  });

  it('verifies: every chain intact and every file stored as recorded', async () => {
    const report = await verify();
    expect(report).toMatchObject({
      ok: true,
      firstBreak: null,
      evidenceFiles: { files: 2, references: 2, intact: 2, problems: [] },
    });
  });

  it('names the file when its stored bytes are altered, with the event that recorded it', async () => {
    await backend.alter(app.databaseUrl, pdfHash, pdfBytes('改过的报告'));
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toBeNull();
    expect(report.evidenceFiles.problems).toEqual([
      expect.objectContaining({
        problem: 'altered',
        sha256: pdfHash,
        name: '完成情况报告.pdf',
        eventType: 'CompletionReported',
        streamId: taskStreamId(taskId),
        actualSha256: createHash('sha256').update(pdfBytes('改过的报告')).digest('hex'),
      }),
    ]);
  });

  it('names the file when its bytes are gone, and the download says so', async () => {
    await backend.remove(app.databaseUrl, pdfHash);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.evidenceFiles.problems).toEqual([
      expect.objectContaining({ problem: 'missing', sha256: pdfHash, name: '完成情况报告.pdf', actualSha256: null }),
    ]);
    const answer = await get(app.url, `/api/tasks/${taskId}/files/${pdfHash}`, { token: app.tokenFor(SUPERVISOR) });
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('EVIDENCE_FILE_MISSING');
  });
});

describe('the evidence files table', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
    expect((await upload(app.url, app.tokenFor(JUVENILE_UNIT), 'a.pdf', pdfBytes())).status).toBe(201);
  });
  afterAll(() => app.close());

  it.each([
    ['an UPDATE', "update evidence_files set media_type = 'text/plain'"],
    ['a DELETE', 'delete from evidence_files'],
    ['a TRUNCATE', 'truncate evidence_files'],
  ])('refuses %s: a file is written once', async (_, sql) => {
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      await expect(client.query(sql)).rejects.toMatchObject({
        code: 'EL403',
        message: expect.stringContaining('written once'),
      });
    } finally {
      await client.end();
    }
  });
});
