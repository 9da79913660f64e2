/** Dashboards over HTTP: their counts are the board's (same rows, same flag rule, same now), and flags follow the clock. */
import { get } from '../support/http-client';
import { READER } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { READ_AT, givenBoard, type Board } from './board-story';

const LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
const STATUSES = ['issued', 'in_progress', 'completed', 'cancelled'] as const;

describe('the dashboards', () => {
  let app: TestApp;
  let board: Board;
  beforeAll(async () => {
    app = await startTestApp();
    board = await givenBoard(app);
  });
  afterAll(() => app.close());
  afterEach(() => app.clock.set(READ_AT));

  const read = async (path: string) => {
    const answer = await get(app.url, path, {
      token: app.tokenFor(READER),
      headers: { 'X-Min-Position': board.position },
    });
    expect({ path, status: answer.status }).toEqual({ path, status: 200 });
    return answer.body;
  };
  const boardTotal = async (query: string) => (await read(`/api/tasks?${query}&limit=1`)).total as number;

  /** Every count of a dashboard entry, asked of the board with the same filter. */
  async function expectAgreesWithBoard(counts: Record<string, any>, filter: string): Promise<void> {
    expect(counts.total).toBe(await boardTotal(filter));
    for (const light of LIGHTS)
      expect({ filter, light, n: counts.byLight[light] }).toEqual({
        filter,
        light,
        n: await boardTotal(`${filter}&light=${light}`),
      });
    for (const status of STATUSES)
      expect({ filter, status, n: counts.byStatus[status] }).toEqual({
        filter,
        status,
        n: await boardTotal(`${filter}&status=${status}`),
      });
    expect(counts.overdue).toBe(await boardTotal(`${filter}&overdue=true`));
    expect(counts.stale).toBe(await boardTotal(`${filter}&stale=true`));
  }

  it('per programme: counts by status and light, overdue, stale and the on-time rate by the ORIGINAL deadline', async () => {
    const dashboard = await read('/api/dashboards/programmes/spp-2026');
    expect(dashboard).toMatchObject({
      asOf: '2026-04-15T01:00:00.000Z',
      programme: { id: 'spp-2026', name: '2026年重点督办任务', year: 2026, plannedTaskCount: 68, status: 'launched' },
      counts: {
        total: 6,
        byStatus: { issued: 1, in_progress: 2, completed: 2, cancelled: 1, acknowledged: 0 },
        byLight: { green: 1, yellow: 1, red: 1, none: 3 },
        overdue: 1,
        stale: 1,
        // "done" on time; "late" after its original deadline although within the extended one.
        completed: 2,
        completedOnTime: 1,
        onTimeRate: 0.5,
      },
    });
    await expectAgreesWithBoard(dashboard.counts, 'programme=spp-2026');
  });

  it('per unit (lead or co-unit) and per leader, each entry agreeing with the board filtered the same way', async () => {
    const units = await read('/api/dashboards/units?programme=spp-2026');
    expect(units.items.map((item: any) => [item.subject.id, item.subject.name, item.counts.total])).toEqual([
      ['dept-1', '第一检察厅', 4],
      ['dept-6', '第六检察厅', 3],
      ['dept-9', '第九检察厅', 3],
    ]);
    for (const item of units.items) await expectAgreesWithBoard(item.counts, `unit=${item.subject.id}`);
    const leaders = await read('/api/dashboards/leaders');
    expect(leaders.items.map((item: any) => [item.subject.id, item.subject.name])).toEqual([
      ['leader-civil', '分管民事检察的院领导'],
      ['leader-juvenile', '分管未成年人检察的院领导'],
    ]);
    for (const item of leaders.items) await expectAgreesWithBoard(item.counts, `leader=${item.subject.id}`);
  });

  it('is a 404 for an unknown programme', async () => {
    const answer = await get(app.url, '/api/dashboards/programmes/nope', { token: app.tokenFor(READER) });
    expect(answer.body).toMatchObject({ statusCode: 404, code: 'PROGRAMME_NOT_FOUND' });
  });

  describe('when the clock moves past a deadline', () => {
    it('turns the juvenile task from green to yellow to red on the board, in the detail and on the dashboard alike', async () => {
      const seen = async () => {
        const [item] = (await read('/api/tasks?status=issued')).items;
        const detail = await read(`/api/tasks/${board.ids.juvenile}`);
        const dashboard = await read('/api/dashboards/programmes/spp-2026');
        return {
          board: item.flags,
          detail: detail.flags,
          overdueOnDashboard: dashboard.counts.overdue,
          redOnDashboard: dashboard.counts.byLight.red,
        };
      };
      expect(await seen()).toMatchObject({
        board: { light: 'green', overdue: false },
        detail: { light: 'green', overdue: false },
      });

      app.clock.set('2026-12-24T09:00:00+08:00');
      const yellow = await seen();
      expect(yellow).toMatchObject({
        board: { light: 'yellow', overdue: false },
        detail: { light: 'yellow', overdue: false },
      });

      app.clock.set('2026-12-31T23:59:59+08:00');
      expect(await seen()).toMatchObject({ board: { light: 'yellow' }, detail: { light: 'yellow' } });

      app.clock.set('2027-01-01T00:00:00+08:00');
      const red = await seen();
      expect(red).toMatchObject({
        board: { light: 'red', lightLabel: '红灯', overdue: true },
        detail: { light: 'red', overdue: true },
      });
      // ip and civil were already red; now juvenile too.
      expect(red.redOnDashboard).toBe(3);
      expect(red.overdueOnDashboard).toBe(3);
      expect(await boardTotal('light=red')).toBe(3);
    });

    it('marks an in-progress task stale once the stale period has passed since its last report', async () => {
      expect((await read(`/api/tasks/${board.ids.civil}`)).flags.stale).toBe(false);
      app.clock.set('2026-05-10T09:00:00+08:00');
      expect((await read(`/api/tasks/${board.ids.civil}`)).flags.stale).toBe(true);
      expect((await read('/api/tasks?stale=true')).items.map((item: { id: string }) => item.id).sort()).toEqual(
        [board.ids.ip, board.ids.civil].sort(),
      );
    });
  });
});
