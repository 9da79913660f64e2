/** Dashboards count what the board lists: for every group, status and light, the same tasks as the board's own filter, at any instant. */
import { TASK_STATUSES, type TaskEvent, type TrafficLight } from '@app/supervision';
import { e, history } from '../../../supervision/test/task/task.fixtures';
import { openReadModelDatabase, type ReadModelDatabase } from '../support/read-model-database';
import { recorded } from '../support/recorded-events';
import type { BoardFilter } from '../../src/task-board/board-filter';
import { queryBoard } from '../../src/task-board/board-query';
import { queryDashboard, type DashboardGrouping } from '../../src/task-board/dashboard-query';
import { taskBoardProjection } from '../../src/task-board/task-board.projection';

const UNITS = ['dept-1', 'dept-6', 'dept-9'];
const LEADERS = ['leader-juvenile', 'leader-civil'];
const DEADLINES = ['2026-03-05', '2026-03-20', '2026-06-30'];
const LIVES: ((issued: TaskEvent) => TaskEvent[])[] = [
  (issued) => [issued],
  (issued) => [issued, e.acknowledged(), e.planned()],
  (issued) => [issued, ...history.completed().slice(1)],
  (issued) => [issued, ...history.cancelled().slice(1)],
];
const INSTANTS = ['2026-03-02T01:00:00.000Z', '2026-03-10T01:00:00.000Z', '2026-04-15T01:00:00.000Z'];
const PAGE = { sort: 'code', order: 'asc', page: 1, limit: 1 } as const;

describe('the dashboards and the board', () => {
  let db: ReadModelDatabase;
  beforeAll(async () => {
    db = await openReadModelDatabase([taskBoardProjection]);
    let n = 0;
    const events = DEADLINES.flatMap((deadline) =>
      LIVES.flatMap((life) =>
        UNITS.map((leadUnitId, u) => {
          const coUnitIds = UNITS.filter((other) => other !== leadUnitId).slice(0, n % 3);
          const issued = e.issued({
            code: `c${n}`,
            deadline,
            leadUnitId,
            coUnitIds,
            leadLeaderId: LEADERS[(n + u) % 2],
            programmeId: n % 4 === 0 ? 'other' : 'spp-2026',
          });
          return recorded(`task-g${n++}`, life(issued));
        }),
      ).flat(),
    );
    await db.apply(taskBoardProjection, events);
  });
  afterAll(() => db.close());

  const boardTotal = async (filter: BoardFilter, now: Date) =>
    (await queryBoard(db.dataSource.manager, filter, PAGE, now)).total;
  const filterFor = (grouping: DashboardGrouping, key: string): BoardFilter =>
    grouping === 'programme' ? { programmeId: key } : grouping === 'unit' ? { unitId: key } : { leaderId: key };

  it.each(INSTANTS)('agree on every count of every group at %s', async (instant) => {
    const now = new Date(instant);
    for (const grouping of ['programme', 'unit', 'leader'] as const) {
      const groups = await queryDashboard(db.dataSource.manager, grouping, {}, now);
      expect(groups.length).toBeGreaterThan(1);
      for (const { key, counts } of groups) {
        const filter = filterFor(grouping, key);
        const expected = {
          total: await boardTotal(filter, now),
          overdue: await boardTotal({ ...filter, overdue: true }, now),
          stale: await boardTotal({ ...filter, stale: true }, now),
        };
        expect({ grouping, key, total: counts.total, overdue: counts.overdue, stale: counts.stale }).toEqual({
          grouping,
          key,
          ...expected,
        });
        for (const light of ['green', 'yellow', 'red', 'none'] as TrafficLight[]) {
          expect({ grouping, key, light, n: counts.byLight[light] }).toEqual({
            grouping,
            key,
            light,
            n: await boardTotal({ ...filter, lights: [light] }, now),
          });
        }
        for (const status of TASK_STATUSES) {
          expect({ grouping, key, status, n: counts.byStatus[status] }).toEqual({
            grouping,
            key,
            status,
            n: await boardTotal({ ...filter, statuses: [status] }, now),
          });
        }
      }
    }
  });

  it('narrows every grouping to a programme like the board does', async () => {
    const now = new Date(INSTANTS[1]);
    for (const { key, counts } of await queryDashboard(
      db.dataSource.manager,
      'unit',
      { programmeId: 'spp-2026' },
      now,
    )) {
      expect(counts.total).toBe(await boardTotal({ unitId: key, programmeId: 'spp-2026' }, now));
    }
  });
});
