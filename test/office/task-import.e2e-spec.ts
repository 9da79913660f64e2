/**
 * The year's list from Excel, over HTTP: the template downloaded, 68 rows filled in and uploaded
 * into a programme, the board showing 68 tasks, the same file again adding none, a file with bad
 * rows refused whole with a report naming them, and a store failure half-way completed by a retry.
 */
import { Workbook } from 'exceljs';
import { EventStoreUnavailable } from '@app/event-store';
import { get, post } from '../support/http-client';
import { JUVENILE_UNIT, PROGRAMME_ID, SUPERVISOR, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { logSnapshot } from '../security/support/event-count';
import { XLSX, downloadTemplate, fillTemplate, upload, yearList } from './workbook-support';

describe('importing the year’s list from a workbook', () => {
  let app: TestApp;
  let template: Buffer;
  let workbook: Buffer;

  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
    template = await downloadTemplate(app);
    workbook = await fillTemplate(template, yearList());
  });
  afterAll(() => app.close());

  const launch = async (programmeId: string) => {
    const answer = await post(
      app.url,
      '/api/programmes',
      { programmeId, title: `${programmeId}重点督办任务`, year: 2026, issuedOn: '2026-02-08', plannedTaskCount: 68 },
      { token: app.tokenFor(SUPERVISOR) },
    );
    expect(answer.status).toBe(201);
  };
  const board = (programmeId: string, position?: string) =>
    get(app.url, `/api/tasks?programme=${programmeId}&limit=200&sort=code`, {
      token: app.tokenFor(SUPERVISOR),
      headers: position ? { 'x-min-position': position } : {},
    });

  it('serves a template with the Chinese headers, a note on each, and an instructions sheet', async () => {
    const sheet = new Workbook();
    await sheet.xlsx.load(template as unknown as ArrayBuffer);
    const headers: string[] = [];
    sheet
      .getWorksheet('督办任务')!
      .getRow(1)
      .eachCell((cell) => headers.push(String(cell.value)));
    expect(headers).toEqual([
      '编号',
      '任务名称',
      '任务描述',
      '类别',
      '牵头领导',
      '牵头单位',
      '配合单位',
      '完成时限',
      '里程碑',
    ]);
    expect(sheet.getWorksheet('督办任务')!.getCell('A1').note).toBeDefined();
    expect(sheet.getWorksheet('填写说明')).toBeDefined();
    const response = await fetch(`${app.url}/api/task-imports/template`, {
      headers: { authorization: `Bearer ${app.tokenFor(SUPERVISOR)}` },
    });
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('督办任务导入模板.xlsx')}`,
    );
  });

  describe('when the 68-row list is uploaded into the programme', () => {
    let first: { status: number; body: any };

    it('answers a dry run with the report and writes nothing', async () => {
      const before = await logSnapshot(app);
      const dry = await upload(app, PROGRAMME_ID, workbook, { query: '?dryRun=true' });
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({
        dryRun: true,
        valid: true,
        rows: 68,
        toIssue: 68,
        issued: 0,
        alreadyPresent: 0,
        problems: [],
        position: null,
      });
      expect(await logSnapshot(app)).toEqual(before);
    });

    it('issues every row, and the board shows the 68 tasks with the names resolved to ids', async () => {
      first = await upload(app, PROGRAMME_ID, workbook);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ dryRun: false, valid: true, rows: 68, issued: 68, alreadyPresent: 0 });
      const shown = await board(PROGRAMME_ID, first.body.position);
      expect(shown.body.total).toBe(68);
      const task = shown.body.items.find((item: { code: string }) => item.code === '2026-01');
      expect(task).toMatchObject({
        title: '第1项重点任务：未成年人检察业务统一集中办理',
        category: '未成年人检察',
        leadUnit: { id: 'dept-9' },
        leader: { id: 'leader-juvenile' },
        deadline: '2026-12-31',
      });
      expect(task.coUnits.map((u: { id: string }) => u.id)).toEqual(['dept-1', 'dept-6']);
      expect(shown.body.items.find((item: { code: string }) => item.code === '2026-02')).toMatchObject({
        leadUnit: { id: 'dept-1' },
        leader: { id: 'leader-civil' },
        deadline: '2026-05-30',
      });
    });

    it('issues them as real events through the command path, all with the import’s one correlation id', async () => {
      const taskId = first.body.tasks[0].taskId;
      const [issued] = await app.readStream(`task-${taskId}`);
      expect(issued.type).toBe('TaskIssued');
      expect(issued.metadata).toMatchObject({
        commandName: 'IssueTask',
        actorId: SUPERVISOR.sub,
        correlationId: first.body.importId,
      });
      expect(issued.data).toMatchObject({
        code: '2026-01',
        description: '督办事项01\n\n里程碑要求：\n1. 制定工作方案（2026-03-31前）',
      });
      const correlations = new Set<string>();
      for (const { taskId: id } of first.body.tasks)
        for (const event of await app.readStream(`task-${id}`)) correlations.add(String(event.metadata.correlationId));
      expect([...correlations]).toEqual([first.body.importId]);
    });

    it('adds nothing when the same file is uploaded again', async () => {
      const before = await logSnapshot(app);
      const second = await upload(app, PROGRAMME_ID, workbook);
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ issued: 0, alreadyPresent: 68, importId: first.body.importId });
      expect(second.body.tasks.map((t: { taskId: string }) => t.taskId)).toEqual(
        first.body.tasks.map((t: { taskId: string }) => t.taskId),
      );
      expect(await logSnapshot(app)).toEqual(before);
      expect((await board(PROGRAMME_ID)).body.total).toBe(68);
    });
  });

  it('refuses a list with three bad rows whole, with a report naming each, and writes nothing', async () => {
    await launch('spp-bad-rows');
    const rows = yearList(12);
    rows[2] = { ...rows[2], 牵头单位: '第十检察厅' }; // sheet row 4
    rows[6] = { ...rows[6], 完成时限: '2026-02-30' }; // sheet row 8
    rows[10] = { ...rows[10], 编号: rows[0].编号 }; // sheet row 12
    const before = await logSnapshot(app);
    const answer = await upload(app, 'spp-bad-rows', await fillTemplate(template, rows));
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ statusCode: 422, code: 'IMPORT_ROWS_INVALID' });
    expect(answer.body.details.problems.map((p: any) => [p.row, p.column, p.value, p.code])).toEqual([
      [4, '牵头单位', '第十检察厅', 'UNKNOWN_UNIT'],
      [8, '完成时限', '2026-02-30', 'BAD_DATE'],
      [12, '编号', '2026-01', 'DUPLICATE_CODE'],
    ]);
    expect(answer.body.details).toMatchObject({ valid: false, rows: 12, issued: 0 });
    expect(await logSnapshot(app)).toEqual(before);
    const dry = await upload(app, 'spp-bad-rows', await fillTemplate(template, rows), { query: '?dryRun=true' });
    expect(dry.status).toBe(200);
    expect(dry.body.problems.map((p: { row: number }) => p.row)).toEqual([4, 8, 12]);
  });

  it('completes an import the store broke off half-way when the same file is uploaded again, issuing nothing twice', async () => {
    await launch('spp-retry');
    const append = app.store.append.bind(app.store);
    let appends = 0;
    const spy = jest
      .spyOn(app.store, 'append')
      .mockImplementation((...args) =>
        ++appends === 11 ? Promise.reject(new EventStoreUnavailable('connection lost')) : append(...args),
      );
    let broken: { status: number; body: any };
    try {
      broken = await upload(app, 'spp-retry', workbook);
    } finally {
      spy.mockRestore();
    }
    expect(broken.status).toBe(503);
    expect(broken.body).toMatchObject({
      code: 'IMPORT_INCOMPLETE',
      details: { failedRow: 12, processed: 10, total: 68 },
    });
    const retried = await upload(app, 'spp-retry', workbook);
    expect(retried.status).toBe(201);
    expect(retried.body.issued + retried.body.alreadyPresent).toBe(68);
    expect(retried.body.issued).toBe(58);
    const shown = await board('spp-retry', retried.body.position);
    expect(shown.body.total).toBe(68);
    expect(new Set(shown.body.items.map((i: { code: string }) => i.code)).size).toBe(68);
  });

  describe('refusing what is not a workbook of the list', () => {
    it('refuses a file that is not an .xlsx with 415, and a body that is not a form with 415', async () => {
      expect(
        await upload(app, PROGRAMME_ID, Buffer.from('编号,任务名称\n2026-01,x'), {
          filename: 'list.csv',
          type: 'text/csv',
        }),
      ).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_FILE_TYPE' } });
      expect(await upload(app, PROGRAMME_ID, Buffer.from('not a zip at all'), { filename: 'list.xlsx' })).toMatchObject(
        { status: 415, body: { code: 'UNSUPPORTED_FILE_TYPE' } },
      );
      const json = await post(
        app.url,
        `/api/programmes/${PROGRAMME_ID}/task-imports`,
        { file: 'x' },
        { token: app.tokenFor(SUPERVISOR) },
      );
      expect(json).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    });

    it('still refuses a multipart body on every other route: only the import reads a form', async () => {
      const form = new FormData();
      form.append('code', '2026-99');
      const response = await fetch(`${app.url}/api/tasks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${app.tokenFor(SUPERVISOR)}` },
        body: form,
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    });

    it('refuses a ZIP that is no workbook, a sheet without the required headers, and another form field, with 400', async () => {
      const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
      expect(await upload(app, PROGRAMME_ID, zip)).toMatchObject({ status: 400, body: { code: 'NOT_A_WORKBOOK' } });
      const bare = new Workbook();
      bare.addWorksheet('督办任务').addRow(['编号', '任务名称']);
      const headless = await upload(app, PROGRAMME_ID, Buffer.from(await bare.xlsx.writeBuffer()));
      expect(headless).toMatchObject({
        status: 400,
        body: { code: 'MISSING_COLUMNS', details: { missing: ['类别', '牵头领导', '牵头单位', '完成时限'] } },
      });
      const extra = await upload(app, PROGRAMME_ID, workbook, { fields: { programmeId: 'other' } });
      expect(extra).toMatchObject({
        status: 400,
        body: { code: 'VALIDATION_FAILED', details: { fields: [expect.objectContaining({ field: 'programmeId' })] } },
      });
    });

    it('refuses a file over 5 MiB with 413, an unknown programme with 404, and anyone but the supervisor with 403', async () => {
      const huge = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(5 * 1024 * 1024 + 10)]);
      expect((await upload(app, PROGRAMME_ID, huge)).status).toBe(413);
      expect(await upload(app, 'spp-none', workbook)).toMatchObject({
        status: 404,
        body: { code: 'PROGRAMME_NOT_FOUND' },
      });
      expect((await upload(app, PROGRAMME_ID, workbook, { as: JUVENILE_UNIT })).status).toBe(403);
    });
  });
});
