/**
 * The board filters and counts by light, overdue and stale in SQL while the rule lives in the domain
 * (deriveTaskFlags). This spec holds the two together over a grid of tasks and instants, with the
 * instants placed on the edges that matter: Beijing midnight, the yellow window, the stale cutoff.
 */
import {
  DEFAULT_FLAG_POLICY,
  deriveTaskFlags,
  type FlagPolicy,
  type Task,
  type TaskEvent,
  type TrafficLight,
} from '@app/supervision';
import { e, history } from '../../../supervision/test/task/task.fixtures';
import { SqlParams } from '../../src/sql/sql-params';
import { openReadModelDatabase, type ReadModelDatabase } from '../support/read-model-database';
import { recorded } from '../support/recorded-events';
import { taskBoardProjection } from '../../src/task-board/task-board.projection';
import { FlagSql, flagThresholds } from '../../src/task-board/task-flags.sql';

const DEADLINES = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-09', '2026-03-10', '2026-03-11', '2026-12-31'];
const LIVES: Record<string, (deadline: string) => TaskEvent[]> = {
  issued: (deadline) => [e.issued({ deadline })],
  sentBack: (deadline) => [e.issued({ deadline }), e.sentBack()],
  acknowledged: (deadline) => [e.issued({ deadline }), e.acknowledged()],
  planned: (deadline) => [e.issued({ deadline }), e.acknowledged(), e.planned()],
  reported: (deadline) => [
    e.issued({ deadline }),
    e.acknowledged(),
    e.planned(),
    e.progress(50, '2026-02-20T10:30:00.000Z'),
  ],
  suspended: (deadline) => [e.issued({ deadline }), e.acknowledged(), e.planned(), e.suspended('in_progress')],
  suspendedWhenIssued: (deadline) => [e.issued({ deadline }), e.suspended('issued')],
  suspendedWhenAcknowledged: (deadline) => [e.issued({ deadline }), e.acknowledged(), e.suspended('acknowledged')],
  completionReported: (deadline) => [e.issued({ deadline }), ...history.completionReported().slice(1)],
  suspendedWhenCompletionReported: (deadline) => [
    e.issued({ deadline }),
    ...history.completionReported().slice(1),
    e.suspended('completion_reported'),
  ],
  // Back in progress after CompletionReturned.
  returned: (deadline) => [e.issued({ deadline }), ...history.completionReported().slice(1), e.returned()],
  completed: (deadline) => [e.issued({ deadline }), ...history.completed().slice(1)],
  underReview: (deadline) => [e.issued({ deadline }), ...history.underReview().slice(1)],
  cancelled: (deadline) => [e.issued({ deadline }), ...history.cancelled().slice(1)],
};
// The plan is submitted 2026-03-02T01:00Z; the report 2026-02-20T10:30Z. Stale after 30 days of either.
const INSTANTS = [
  '2026-02-28T16:00:00.000Z',
  '2026-03-01T15:59:59.999Z',
  '2026-03-01T16:00:00.000Z',
  '2026-03-02T01:00:00.000Z',
  '2026-03-02T15:59:59.999Z',
  '2026-03-02T16:00:00.000Z',
  '2026-03-03T16:00:00.000Z',
  '2026-03-22T10:29:59.999Z',
  '2026-03-22T10:30:00.000Z',
  '2026-04-01T00:59:59.999Z',
  '2026-04-01T01:00:00.000Z',
  '2027-01-01T00:00:00.000Z',
];

describe('the flags in SQL and in the domain', () => {
  let db: ReadModelDatabase;
  beforeAll(async () => {
    db = await openReadModelDatabase([taskBoardProjection]);
    const events = DEADLINES.flatMap((deadline, d) =>
      Object.entries(LIVES).flatMap(([life, events], l) => recorded(`task-${life}-${d}-${l}`, events(deadline))),
    );
    await db.apply(taskBoardProjection, events);
  });
  afterAll(() => db.close());

  const flagsBySql = async (now: Date, policy: FlagPolicy) => {
    const params = new SqlParams();
    const flags = new FlagSql('t', flagThresholds(now, policy), params);
    const lights = (['green', 'yellow', 'red', 'none'] as const)
      .map((light) => `${flags.lightIs(light)} as is_${light}`)
      .join(', ');
    return db.dataSource.query<
      ({ task_id: string; state: Task; light: TrafficLight; overdue: boolean; stale: boolean } & Record<
        `is_${TrafficLight}`,
        boolean
      >)[]
    >(
      `select t.task_id, t.state, ${flags.light()} as light, ${flags.overdue()} as overdue, ${flags.stale()} as stale, ${lights} from task_board t order by 1`,
      params.values,
    );
  };

  it.each(INSTANTS)('agree for every task at %s', async (instant) => {
    const now = new Date(instant);
    const rows = await flagsBySql(now, DEFAULT_FLAG_POLICY);
    expect(rows).toHaveLength(DEADLINES.length * Object.keys(LIVES).length);
    for (const row of rows) {
      const expected = deriveTaskFlags(row.state, now, DEFAULT_FLAG_POLICY);
      expect({ task: row.task_id, light: row.light, overdue: row.overdue, stale: row.stale }).toEqual({
        task: row.task_id,
        ...expected,
      });
      // The filter predicates pick exactly the task's own light, and no other.
      expect({
        task: row.task_id,
        green: row.is_green,
        yellow: row.is_yellow,
        red: row.is_red,
        none: row.is_none,
      }).toEqual({
        task: row.task_id,
        green: expected.light === 'green',
        yellow: expected.light === 'yellow',
        red: expected.light === 'red',
        none: expected.light === 'none',
      });
    }
  });

  it('agree under another policy too (the SQL takes its numbers from the policy)', async () => {
    const policy: FlagPolicy = { staleAfterDays: 5, yellowWithinDays: 0 };
    for (const instant of INSTANTS) {
      const now = new Date(instant);
      for (const row of await flagsBySql(now, policy)) {
        expect({ task: row.task_id, instant, light: row.light, overdue: row.overdue, stale: row.stale }).toEqual({
          task: row.task_id,
          instant,
          ...deriveTaskFlags(row.state, now, policy),
        });
      }
    }
  });

  it('holds tasks in every status, a returned completion back in progress among them', async () => {
    const rows = await flagsBySql(new Date(INSTANTS[0]), DEFAULT_FLAG_POLICY);
    expect([...new Set(rows.map((row) => row.state.status))].sort()).toEqual([
      'acknowledged',
      'cancelled',
      'completed',
      'completion_reported',
      'in_progress',
      'issued',
      'sent_back',
      'suspended',
      'under_review',
    ]);
    expect(new Set(rows.filter((row) => row.task_id.startsWith('returned-')).map((row) => row.state.status))).toEqual(
      new Set(['in_progress']),
    );
  });

  it('covers every light and both values of overdue and stale somewhere in the grid', async () => {
    const seen = new Set<string>();
    for (const instant of INSTANTS)
      for (const row of await flagsBySql(new Date(instant), DEFAULT_FLAG_POLICY))
        seen.add(`${row.light}/${row.overdue}/${row.stale}`);
    expect([...seen].map((key) => key.split('/')[0])).toEqual(
      expect.arrayContaining(['green', 'yellow', 'red', 'none']),
    );
    expect([...seen].some((key) => key.endsWith('/true'))).toBe(true);
    expect([...seen].some((key) => key.split('/')[1] === 'true')).toBe(true);
  });
});
