import { recorded, type EventSpec } from '../../../audit/test/audit.fixtures';
import { parsePeriod, previousPeriod } from '../../src/reports/period';
import { PeriodReplay } from '../../src/reports/period-replay';
import { periodReport } from '../../src/reports/period-report';

describe('reporting periods', () => {
  it('reads a month, a quarter and a year in Beijing time, and knows the one before', () => {
    expect(parsePeriod('2026-03')).toMatchObject({
      kind: 'month',
      label: '2026年3月',
      from: new Date('2026-03-01T00:00:00+08:00'),
      to: new Date('2026-04-01T00:00:00+08:00'),
    });
    expect(parsePeriod('2026-Q1')).toMatchObject({
      kind: 'quarter',
      label: '2026年第一季度',
      to: new Date('2026-04-01T00:00:00+08:00'),
    });
    expect(parsePeriod('2026')).toMatchObject({
      kind: 'year',
      from: new Date('2026-01-01T00:00:00+08:00'),
      to: new Date('2027-01-01T00:00:00+08:00'),
    });
    expect(previousPeriod(parsePeriod('2026-01')!).key).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-Q1')!)).toMatchObject({ key: '2025-Q4', label: '2025年第四季度' });
    expect(previousPeriod(parsePeriod('2026')!).key).toBe('2025');
    for (const bad of ['2026-13', '2026-Q5', '26', '2026-1', '2026-q1']) expect(parsePeriod(bad)).toBeUndefined();
  });
});

describe('a quarterly report replayed from the log', () => {
  describe('given a programme whose tasks were issued, urged, extended, returned, accepted and reassigned over two quarters', () => {
    const report = (now = '2026-06-30T12:00:00+08:00') => {
      const replay = new PeriodReplay('spp-2026', parsePeriod('2026-Q1')!, new Date(now));
      for (const event of recorded(STORY)) replay.add(event);
      return periodReport('spp-2026', replay.tally(), {
        programmeTitle: '2026年重点督办任务',
        unit: (id) => `单位${id}`,
        leader: (id) => `领导${id}`,
      });
    };

    it('counts the acts of the quarter, the overdue at its end, and the change from the quarter before', () => {
      const q1 = report();
      expect(q1.totals).toEqual({
        issued: 2,
        completed: 2,
        completedOnTime: 1,
        overdue: 2,
        urged: 1,
        extended: 1,
        returned: 1,
      });
      expect(q1.previous).toEqual({
        issued: 2,
        completed: 0,
        completedOnTime: 0,
        overdue: 1,
        urged: 0,
        extended: 0,
        returned: 0,
      });
      expect(q1.change).toEqual({
        issued: 0,
        completed: 2,
        completedOnTime: 1,
        overdue: 1,
        urged: 1,
        extended: 1,
        returned: 1,
      });
      expect(q1.onTimeRate).toBe(0.5);
      expect(q1).toMatchObject({ final: true, asOf: '2026-03-31T16:00:00.000Z', previousPeriod: { key: '2025-Q4' } });
    });

    it('counts each act for the unit and leader responsible when it happened, and ranks them', () => {
      const q1 = report();
      expect(q1.units.map((u) => [u.id, u.rank, u.figures])).toEqual([
        ['dept-9', 1, { issued: 2, completed: 2, completedOnTime: 1, overdue: 1, urged: 1, extended: 1, returned: 1 }],
        ['dept-1', 2, { issued: 0, completed: 0, completedOnTime: 0, overdue: 1, urged: 0, extended: 0, returned: 0 }],
      ]);
      expect(q1.leaders.map((l) => [l.id, l.rank, l.name])).toEqual([
        ['leader-juvenile', 1, '领导leader-juvenile'],
        ['leader-civil', 2, '领导leader-civil'],
      ]);
    });

    it('gives the same report whenever it is asked, later acts left out', () => {
      expect(report('2026-04-01T00:00:00+08:00')).toEqual(report('2027-01-01T00:00:00+08:00'));
    });

    it('reports a quarter not over yet as of now, marked not final', () => {
      const partial = report('2026-02-20T00:00:00+08:00');
      expect(partial).toMatchObject({ final: false, asOf: '2026-02-19T16:00:00.000Z' });
      expect(partial.totals).toEqual({
        issued: 2,
        completed: 1,
        completedOnTime: 0,
        overdue: 1,
        urged: 1,
        extended: 1,
        returned: 0,
      });
    });
  });
});

const task = (id: string, code: string, deadline: string, at: string, programmeId = 'spp-2026'): EventSpec => ({
  streamId: `task-${id}`,
  type: 'TaskIssued',
  data: {
    taskId: id,
    programmeId,
    code,
    title: `任务${code}`,
    description: '',
    category: '未成年人检察',
    leadLeaderId: 'leader-juvenile',
    leadUnitId: 'dept-9',
    coUnitIds: [],
    deadline,
    issuedAt: at,
  },
  at,
});
const act = (id: string, type: string, at: string, data: Record<string, unknown>): EventSpec => ({
  streamId: `task-${id}`,
  type,
  data,
  at,
});

/** Dates are Beijing time. t0 and t1 in Q4 2025; t2, t3 in Q1 2026; t4 and one more urge in Q2; t5 in another programme. */
const STORY: EventSpec[] = [
  task('t0', '2025-90', '2025-12-31', '2025-10-01T09:00:00+08:00'), // never finished: overdue at the end of both quarters
  task('t1', '2026-01', '2026-01-31', '2025-11-10T09:00:00+08:00'),
  task('t2', '2026-02', '2026-03-15', '2026-01-05T09:00:00+08:00'),
  act('t1', 'UrgeNoticeIssued', '2026-01-20T09:00:00+08:00', {
    urgeId: 'u1',
    reason: '请报送进展',
    replyDueOn: '2026-01-25',
    issuedAt: '2026-01-20T01:00:00.000Z',
  }),
  act('t1', 'DeadlineExtended', '2026-01-25T09:00:00+08:00', {
    requestId: 'r1',
    previousDeadline: '2026-01-31',
    newDeadline: '2026-02-28',
    extendedAt: '2026-01-25T01:00:00.000Z',
  }),
  task('t3', '2026-03', '2026-03-20', '2026-02-01T09:00:00+08:00'),
  task('t5', '2026-05', '2026-03-01', '2026-02-01T09:00:00+08:00', 'spp-other'),
  // Accepted within the extension but after the ORIGINAL deadline: completed, not on time.
  act('t1', 'CompletionAccepted', '2026-02-10T09:00:00+08:00', {
    comment: null,
    acceptedAt: '2026-02-10T01:00:00.000Z',
  }),
  act('t3', 'ResponsibilityReassigned', '2026-02-15T09:00:00+08:00', {
    leadUnitId: 'dept-1',
    coUnitIds: [],
    leadLeaderId: 'leader-civil',
    previousLeadUnitId: 'dept-9',
    previousCoUnitIds: [],
    previousLeadLeaderId: 'leader-juvenile',
    reason: '改派',
    reassignedAt: '2026-02-15T01:00:00.000Z',
  }),
  act('t2', 'CompletionReturned', '2026-03-01T09:00:00+08:00', {
    reason: '请补充材料',
    returnedAt: '2026-03-01T01:00:00.000Z',
  }),
  act('t2', 'CompletionAccepted', '2026-03-10T09:00:00+08:00', {
    comment: null,
    acceptedAt: '2026-03-10T01:00:00.000Z',
  }),
  task('t4', '2026-04', '2026-06-30', '2026-04-02T09:00:00+08:00'),
  act('t0', 'UrgeNoticeIssued', '2026-04-05T09:00:00+08:00', {
    urgeId: 'u2',
    reason: '请报送',
    replyDueOn: '2026-04-10',
    issuedAt: '2026-04-05T01:00:00.000Z',
  }),
];
