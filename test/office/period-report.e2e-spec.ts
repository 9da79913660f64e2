/**
 * Periodic reports over HTTP: a story told through the command path across two quarters, with the
 * clock moved between acts, and last quarter's report compared with the figures counted by hand
 * from that story; asked again after more acts, it is the same.
 */
import { Workbook } from 'exceljs';
import { get, post } from '../support/http-client';
import {
  CRIMINAL_UNIT,
  JUVENILE_UNIT,
  PROGRAMME_ID,
  READER,
  SUPERVISOR,
  givenOrganisation,
  juvenileTask,
} from '../support/ledger-fixtures';
import type { TokenClaims } from '../../apps/api/src/auth/token-claims';
import { startTestApp, type TestApp } from '../support/test-app';
import { XLSX } from './workbook-support';

describe('a programme’s quarterly report, replayed from the log', () => {
  let app: TestApp;

  const at = (time: string) => app.clock.set(`${time}+08:00`);
  const act = async (who: TokenClaims, path: string, body: object = {}) => {
    const answer = await post(app.url, path, body, { token: app.tokenFor(who) });
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const issue = async (code: string, deadline: string) =>
    (await act(SUPERVISOR, '/api/tasks', juvenileTask({ code, deadline, coUnitIds: [] }))).id as string;
  const report = (period: string, as: TokenClaims = READER) =>
    get(app.url, `/api/programmes/${PROGRAMME_ID}/reports/${period}`, { token: app.tokenFor(as) });

  beforeAll(async () => {
    app = await startTestApp({ now: '2025-09-20T09:00:00+08:00' });
    await givenOrganisation(app);
    // 2025 Q4: A (never finished, due 31 Dec) and B.
    at('2025-10-01T09:00:00');
    await issue('A', '2025-12-31');
    at('2025-11-10T09:00:00');
    const b = await issue('B', '2026-01-31');
    // 2026 Q1.
    at('2026-01-05T09:00:00');
    const c = await issue('C', '2026-03-15');
    for (const id of [b, c]) {
      await act(JUVENILE_UNIT, `/api/tasks/${id}/acknowledge`);
      await act(JUVENILE_UNIT, `/api/tasks/${id}/plan`, { plan: '工作打算', milestones: [] });
    }
    at('2026-01-20T09:00:00');
    await act(SUPERVISOR, `/api/tasks/${b}/urge`, { reason: '请报送进展', replyDueOn: '2026-01-25' });
    at('2026-01-22T09:00:00');
    const extension = await act(JUVENILE_UNIT, `/api/tasks/${b}/extension-requests`, {
      requestedDeadline: '2026-02-28',
      reason: '试点扩大',
    });
    at('2026-01-25T09:00:00');
    await act(SUPERVISOR, `/api/tasks/${b}/extension-requests/${extension.created.requestId}/approve`);
    at('2026-02-01T09:00:00');
    const d = await issue('D', '2026-03-20');
    at('2026-02-10T09:00:00');
    // B: accepted inside the extension, after its ORIGINAL deadline: completed, not on time.
    await act(JUVENILE_UNIT, `/api/tasks/${b}/completion-report`, { summary: '已完成' });
    await act(SUPERVISOR, `/api/tasks/${b}/accept`);
    at('2026-02-14T09:00:00');
    await act(JUVENILE_UNIT, `/api/tasks/${d}/send-back`, { reason: '不属于本单位职责' });
    at('2026-02-15T09:00:00');
    // D goes to dept-1 and the civil leader, and is never finished: their overdue at the quarter's end.
    await act(SUPERVISOR, `/api/tasks/${d}/reassign`, {
      leadUnitId: 'dept-1',
      coUnitIds: [],
      leadLeaderId: 'leader-civil',
      reason: '改派第一检察厅',
    });
    at('2026-03-01T09:00:00');
    await act(JUVENILE_UNIT, `/api/tasks/${c}/completion-report`, { summary: '完成情况' });
    await act(SUPERVISOR, `/api/tasks/${c}/return`, { reason: '请补充材料' });
    at('2026-03-09T09:00:00');
    await act(JUVENILE_UNIT, `/api/tasks/${c}/completion-report`, { summary: '已补充材料' });
    at('2026-03-10T09:00:00');
    await act(SUPERVISOR, `/api/tasks/${c}/accept`);
    // 2026 Q2: acts after the quarter, which its report must leave out.
    at('2026-04-02T09:00:00');
    await issue('E', '2026-06-30');
    at('2026-04-15T09:00:00');
    // The report replays the log, which shows an event only once every older transaction on the server has
    // ended: another suite's open transaction would otherwise hide the story's last acts.
    await app.settledHead();
  });
  afterAll(() => app.close());

  /** Counted by hand from the story above. */
  const Q1 = { issued: 2, completed: 2, completedOnTime: 1, overdue: 2, urged: 1, extended: 1, returned: 1 };
  const Q4 = { issued: 2, completed: 0, completedOnTime: 0, overdue: 1, urged: 0, extended: 0, returned: 0 };

  it('gives last quarter’s figures as counted by hand, with the quarter before and the change', async () => {
    const answer = await report('2026-Q1');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      programmeId: PROGRAMME_ID,
      programmeTitle: '2026年重点督办任务',
      period: {
        kind: 'quarter',
        key: '2026-Q1',
        label: '2026年第一季度',
        from: '2025-12-31T16:00:00.000Z',
        to: '2026-03-31T16:00:00.000Z',
      },
      previousPeriod: { key: '2025-Q4', label: '2025年第四季度' },
      final: true,
      totals: Q1,
      previous: Q4,
      change: { issued: 0, completed: 2, completedOnTime: 1, overdue: 1, urged: 1, extended: 1, returned: 1 },
      onTimeRate: 0.5,
    });
  });

  it('counts per unit and per leader for whoever answered for the task then, ranked', async () => {
    const { body } = await report('2026-Q1');
    const dept9 = { issued: 2, completed: 2, completedOnTime: 1, overdue: 1, urged: 1, extended: 1, returned: 1 };
    const dept1 = { issued: 0, completed: 0, completedOnTime: 0, overdue: 1, urged: 0, extended: 0, returned: 0 };
    expect(body.units.map((u: any) => [u.rank, u.id, u.name, u.figures])).toEqual([
      [1, 'dept-9', '第九检察厅', dept9],
      [2, 'dept-1', '第一检察厅', dept1],
    ]);
    expect(body.units[0].previous).toEqual(Q4);
    expect(body.leaders.map((l: any) => [l.rank, l.id, l.name, l.figures])).toEqual([
      [1, 'leader-juvenile', '分管未成年人检察的院领导', dept9],
      [2, 'leader-civil', '分管民事检察的院领导', dept1],
    ]);
  });

  it('is the same report when asked again after more acts, and the month and the year add up', async () => {
    const before = (await report('2026-Q1')).body;
    at('2026-04-20T09:00:00');
    await act(
      SUPERVISOR,
      `/api/tasks/${(await get(app.url, `/api/tasks?programme=${PROGRAMME_ID}&sort=code&limit=1`, { token: app.tokenFor(READER) })).body.items[0].id}/urge`,
      { reason: '请报送', replyDueOn: '2026-04-30' },
    );
    const after = (await report('2026-Q1')).body;
    expect({ ...after, eventsReplayed: 0 }).toEqual({ ...before, eventsReplayed: 0 });
    const months = await Promise.all(['2026-01', '2026-02', '2026-03'].map(async (m) => (await report(m)).body.totals));
    for (const key of ['issued', 'completed', 'completedOnTime', 'urged', 'extended', 'returned'] as const)
      expect(months.reduce((sum, m) => sum + m[key], 0)).toBe(Q1[key]);
    const year = (await report('2026')).body;
    expect(year).toMatchObject({ final: false, totals: { issued: 3, urged: 2 } });
  });

  it('serves the report as a workbook with the summary, the units and the leaders', async () => {
    const response = await fetch(`${app.url}/api/programmes/${PROGRAMME_ID}/reports/2026-Q1/workbook`, {
      headers: { authorization: `Bearer ${app.tokenFor(CRIMINAL_UNIT)}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    const workbook = new Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '按单位', '按领导']);
    const summary = workbook.getWorksheet('汇总')!;
    expect(summary.getRow(1).getCell(1).value).toBe('2026年重点督办任务 2026年第一季度督办情况季报');
    const rows = summary
      .getRows(6, 8)!
      .map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(3).value, r.getCell(4).value]);
    expect(rows[0]).toEqual(['立项交办', 2, 2, '0']);
    expect(rows[1]).toEqual(['办结', 2, 0, '+2']);
    expect(workbook.getWorksheet('按单位')!.getRow(6).getCell(2).value).toBe('第九检察厅');
  });

  it('serves the report as a printable page: Chinese, print styles, the same figures as the JSON', async () => {
    const response = await fetch(`${app.url}/api/programmes/${PROGRAMME_ID}/reports/2026-Q1/page`, {
      headers: { authorization: `Bearer ${app.tokenFor(READER)}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>2026年重点督办任务 2026年第一季度督办情况季报</h1>');
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('期间尚未结束');
    const cells = (label: string) =>
      html
        .match(new RegExp(`<tr><td class="name">${label}</td>((?:<td>[^<]*</td>)+)</tr>`))![1]
        .match(/<td>([^<]*)<\/td>/g)!
        .map((cell) => cell.slice(4, -5));
    expect(cells('立项交办')).toEqual([String(Q1.issued), String(Q4.issued), '0']);
    expect(cells('办结')).toEqual([String(Q1.completed), String(Q4.completed), '+2']);
    expect(cells('按期办结率')).toEqual(['50.0%', '—', '']);
    const units = [...html.matchAll(/<tr><td>(\d+)<\/td><td class="name">([^<]+)<\/td>/g)].map((row) => [
      row[1],
      row[2],
    ]);
    expect(units).toEqual([
      ['1', '第九检察厅'],
      ['2', '第一检察厅'],
      ['1', '分管未成年人检察的院领导'],
      ['2', '分管民事检察的院领导'],
    ]);
    const running = await (
      await fetch(`${app.url}/api/programmes/${PROGRAMME_ID}/reports/2026/page`, {
        headers: { authorization: `Bearer ${app.tokenFor(READER)}` },
      })
    ).text();
    expect(running).toContain('期间尚未结束');
  });

  it('refuses a period that is not one, one not begun, and a programme that does not exist', async () => {
    expect(await report('2026-Q5')).toMatchObject({ status: 400, body: { code: 'BAD_PERIOD' } });
    expect(await report('2027-01')).toMatchObject({ status: 422, body: { code: 'PERIOD_NOT_STARTED' } });
    expect(
      (await get(app.url, '/api/programmes/spp-none/reports/2026-Q1', { token: app.tokenFor(READER) })).status,
    ).toBe(404);
    expect(
      (await get(app.url, `/api/programmes/${PROGRAMME_ID}/reports/2026-Q1?limit=5`, { token: app.tokenFor(READER) }))
        .status,
    ).toBe(400);
  });
});
