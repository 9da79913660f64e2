/**
 * The 台账 to Excel, over HTTP: the export opens with exceljs and says what the board says, row for
 * row (names, labels, both deadlines, progress, lights as cell colours), for any filter; and the
 * auditors' export of a past moment says what the replayed board said then.
 */
import { get, post } from '../support/http-client';
import {
  AUDITOR,
  JUVENILE_UNIT,
  PROGRAMME_ID,
  READER,
  SUPERVISOR,
  givenOrganisation,
} from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { XLSX, downloadLedger, downloadTemplate, fillTemplate, upload, yearList } from './workbook-support';

const FILLS: Record<string, string | null> = { green: 'FF00B050', yellow: 'FFFFC000', red: 'FFFF0000', none: null };

describe('exporting the 台账 as a workbook', () => {
  let app: TestApp;
  let position: string;
  let reportedTaskId: string;

  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
    const imported = await upload(app, PROGRAMME_ID, await fillTemplate(await downloadTemplate(app), yearList()));
    expect(imported.status).toBe(201);
    // 2026-01 (row 2) is dept-9's: acknowledged, planned and reported at 40%.
    reportedTaskId = imported.body.tasks[0].taskId;
    const unit = { token: app.tokenFor(JUVENILE_UNIT) };
    expect((await post(app.url, `/api/tasks/${reportedTaskId}/acknowledge`, {}, unit)).status).toBe(200);
    expect(
      (await post(app.url, `/api/tasks/${reportedTaskId}/plan`, { plan: '制定工作指引', milestones: [] }, unit)).status,
    ).toBe(200);
    const progress = await post(
      app.url,
      `/api/tasks/${reportedTaskId}/progress`,
      { summary: '指引已起草', percent: 40 },
      unit,
    );
    expect(progress.status).toBe(200);
    position = progress.body.position;
    // Late June: the tasks due 30 May are overdue (red), those due 30 June within a week (yellow).
    app.clock.set('2026-06-25T09:00:00+08:00');
  });
  afterAll(() => app.close());

  const boardItems = async (query: string) =>
    (
      await get(app.url, `/api/tasks?limit=200&${query}`, {
        token: app.tokenFor(READER),
        headers: { 'x-min-position': position },
      })
    ).body.items;
  const asLedger = (item: any) => ({
    编号: item.code,
    任务名称: item.title,
    类别: item.category,
    状态: item.statusLabel,
    牵头领导: item.leader.name,
    牵头单位: item.leadUnit.name,
    配合单位: item.coUnits.length > 0 ? item.coUnits.map((u: { name: string }) => u.name).join('、') : null,
    现行完成时限: item.deadline,
    原定完成时限: item.originalDeadline,
    '最新进度(%)': item.progressPercent,
    未复催办: item.openUrges,
    灯色: item.flags.lightLabel,
    逾期: item.flags.overdue ? '是' : '否',
  });
  const comparable = (row: Record<string, unknown>) =>
    Object.fromEntries(
      Object.keys(asLedger({ leader: {}, leadUnit: {}, coUnits: [], flags: {} })).map((key) => [key, row[key] ?? null]),
    );

  it('opens with exceljs and shows every task of the board, row for row, lights as cell colours', async () => {
    const board = await boardItems('sort=code');
    const ledger = await downloadLedger(app, '/api/ledger/export?sort=code', READER, { 'x-min-position': position });
    expect(ledger.status).toBe(200);
    expect(ledger.contentType).toBe(XLSX);
    expect(ledger.heading).toEqual(['重点任务督办台账', '截至 2026-06-25 09:00（北京时间）', '筛选：排序 code']);
    expect(ledger.headers).toEqual([
      '序号',
      '编号',
      '任务名称',
      '类别',
      '状态',
      '牵头领导',
      '牵头单位',
      '配合单位',
      '现行完成时限',
      '原定完成时限',
      '最新进度(%)',
      '最新进展',
      '未复催办',
      '灯色',
      '逾期',
      '超期未报',
      '立项时间',
      '办结时间',
    ]);
    expect(ledger.rows).toHaveLength(68);
    expect(ledger.rows.map(comparable)).toEqual(board.map(asLedger));
    expect(ledger.fills).toEqual(board.map((item: any) => FILLS[item.flags.light]));
    expect(new Set(board.map((item: any) => item.flags.light))).toEqual(new Set(['green', 'yellow', 'red']));
    expect(ledger.rows[0]).toMatchObject({ 序号: 1, 编号: '2026-01', '最新进度(%)': 40, 立项时间: '2026-03-02 09:00' });
  });

  it('exports only what the board shows for a filter, in the board’s sort', async () => {
    const board = await boardItems('light=red&sort=deadline&order=desc');
    const ledger = await downloadLedger(app, '/api/ledger/export?light=red&sort=deadline&order=desc', SUPERVISOR, {
      'x-min-position': position,
    });
    expect(board.length).toBeGreaterThan(0);
    expect(ledger.rows.map(comparable)).toEqual(board.map(asLedger));
    expect(ledger.fills.every((fill) => fill === FILLS.red)).toBe(true);
    expect(ledger.heading[2]).toBe('筛选：灯色 red；排序 deadline；顺序 desc');
  });

  it('fills 最新进展 with the latest report from the task detail, for whoever may read the task in full', async () => {
    const supervisor = await downloadLedger(app, '/api/ledger/export?sort=code', SUPERVISOR, {
      'x-min-position': position,
    });
    expect(supervisor.rows[0]).toMatchObject({ 编号: '2026-01', 最新进展: '指引已起草' });
    expect(supervisor.rows.slice(1).every((row) => (row['最新进展'] ?? null) === null)).toBe(true);
    const ownUnit = await downloadLedger(app, '/api/ledger/export?sort=code', JUVENILE_UNIT, {
      'x-min-position': position,
    });
    expect(ownUnit.rows[0]).toMatchObject({ 编号: '2026-01', 最新进展: '指引已起草' });
    // The board row is public, the report's text is not: a unit with no part in the task sees the percentage only.
    const otherUnit = await downloadLedger(
      app,
      '/api/ledger/export?sort=code',
      { sub: 'dept-3-staff', role: 'unit', unit: 'dept-3' },
      { 'x-min-position': position },
    );
    const row = otherUnit.rows.find((r) => r['编号'] === '2026-01')!;
    expect(row['最新进度(%)']).toBe(40);
    expect(row['最新进展'] ?? null).toBeNull();
  });

  it('refuses a filter the board refuses, naming it, before sending any file', async () => {
    const answer = await get(app.url, '/api/ledger/export?light=purple', { token: app.tokenFor(READER) });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('light');
    expect((await get(app.url, '/api/ledger/export?limit=10', { token: app.tokenFor(READER) })).status).toBe(400);
  });

  describe('for auditors, as of a past moment', () => {
    it('shows the board as the replay gives it then, with the latest report and the names of the time', async () => {
      const at = encodeURIComponent('2026-03-02T10:00:00+08:00');
      const replayed = (
        await get(app.url, `/api/audit/board/as-of?at=${at}&programmeId=${PROGRAMME_ID}&limit=200`, {
          token: app.tokenFor(AUDITOR),
        })
      ).body;
      const ledger = await downloadLedger(
        app,
        `/api/audit/ledger/export?at=${at}&programmeId=${PROGRAMME_ID}`,
        AUDITOR,
      );
      expect(ledger.status).toBe(200);
      expect(ledger.heading[1]).toBe('截至 2026-03-02 10:00（北京时间）');
      expect(ledger.rows.map((r) => [r['编号'], r['现行完成时限'], r['灯色']])).toEqual(
        replayed.items.map((i: any) => [
          i.code,
          i.deadline,
          { green: '绿灯', yellow: '黄灯', red: '红灯', none: '—' }[i.light as string],
        ]),
      );
      // At 10:00 that day every deadline was weeks away: all green, unlike the live board now.
      expect(new Set(ledger.fills)).toEqual(new Set([FILLS.green]));
      expect(ledger.rows[0]).toMatchObject({
        编号: '2026-01',
        牵头单位: '第九检察厅',
        牵头领导: '分管未成年人检察的院领导',
        '最新进度(%)': 40,
        最新进展: '指引已起草',
      });
    });

    it('shows no task before the list was imported, and only auditors may ask', async () => {
      const before = await downloadLedger(
        app,
        `/api/audit/ledger/export?at=${encodeURIComponent('2026-03-01T00:00:00+08:00')}`,
        AUDITOR,
      );
      expect(before.rows).toEqual([]);
      expect(
        (
          await downloadLedger(
            app,
            `/api/audit/ledger/export?at=${encodeURIComponent('2026-03-01T00:00:00+08:00')}`,
            SUPERVISOR,
          )
        ).status,
      ).toBe(403);
      expect((await get(app.url, '/api/audit/ledger/export', { token: app.tokenFor(AUDITOR) })).status).toBe(400);
    });
  });
});
