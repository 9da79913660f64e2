/**
 * The auditors' board as of a moment is replayed from the log in TypeScript; the live board and the
 * programme dashboard are SQL over the read models. Read at the head, at the same instant, they
 * must tell the same story: every task's status, deadline in force and flags, and every figure.
 */
import { get } from '../support/http-client';
import { PROGRAMME_ID, READER } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { auditGet } from './audit-support';
import { INSTANTS, ProgrammeStory, type Instant } from './board-as-of-story';

describe('the board as of now, against the live board and dashboard', () => {
  let app: TestApp;
  let story: ProgrammeStory;
  /** The replayed board at each instant, in order, for the coverage check at the end. */
  const replays: any[] = [];
  /** What the live side showed at each instant, and the head then, to replay to later. */
  const recorded: { instant: Instant; position: string; board: any; dashboard: any }[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    story = new ProgrammeStory(app);
  });
  afterAll(() => app.close());

  const live = async (path: string) => {
    const answer = await get(app.url, path, {
      token: app.tokenFor(READER),
      headers: { 'X-Min-Position': story.position },
    });
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const replayed = async (point: string) => {
    const answer = await auditGet(app, `/api/audit/board/as-of?${point}&programmeId=${PROGRAMME_ID}&limit=200`);
    if (answer.status !== 200) throw new Error(`as-of ${point}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  /** Both answers at the head, for the instant the clock is at (the time of the story's last act). */
  async function readBothSides(instant: Instant) {
    await app.settledHead();
    const [board, dashboard] = await Promise.all([
      live(`/api/tasks?programme=${PROGRAMME_ID}&limit=200`),
      live(`/api/dashboards/programmes/${PROGRAMME_ID}`),
    ]);
    const byTime = await replayed(`at=${encodeURIComponent(INSTANTS[instant])}`);
    const byPosition = await replayed(`position=${story.position}`);
    return { board, dashboard, byTime, byPosition };
  }

  describe.each(Object.keys(INSTANTS) as Instant[])('at the head on the %s instant', (instant) => {
    let sides: Awaited<ReturnType<typeof readBothSides>>;
    beforeAll(async () => {
      await story.tellUntil(instant);
      sides = await readBothSides(instant);
      replays.push(sides.byTime);
      recorded.push({ instant, position: story.position, board: sides.board, dashboard: sides.dashboard });
    });

    it('replays to the same instant by time and by position, the live clock’s', () => {
      const now = new Date(INSTANTS[instant]).toISOString();
      expect([sides.byTime.flagsAt, sides.byPosition.flagsAt, sides.dashboard.asOf]).toEqual([now, now, now]);
      expect(sides.byPosition).toEqual(sides.byTime);
    });

    it('shows every task with the live board’s status, deadline in force and flags', () => {
      expect(sides.byTime.total).toBe(sides.board.total);
      expect(sides.byTime.items.map(rowOfReplay)).toEqual(sortByCode(sides.board.items.map(rowOfLiveBoard)));
    });

    it('counts as the live dashboard does: by status and light, overdue, stale, completed and on time by the ORIGINAL deadline', () => {
      const [figures] = sides.byTime.programmes;
      expect(sides.byTime.programmes).toHaveLength(1);
      expect(countsOfReplay(figures)).toEqual(countsOfDashboard(sides.dashboard));
    });
  });

  describe('after the last instant', () => {
    it('replays to each earlier instant, by time and by the head then, what the live side showed at it', async () => {
      for (const { instant, position, board, dashboard } of recorded) {
        for (const point of [`at=${encodeURIComponent(INSTANTS[instant])}`, `position=${position}`]) {
          const replay = await replayed(point);
          expect({ point, rows: replay.items.map(rowOfReplay) }).toEqual({
            point,
            rows: sortByCode(board.items.map(rowOfLiveBoard)),
          });
          expect({ point, counts: countsOfReplay(replay.programmes[0]) }).toEqual({
            point,
            counts: countsOfDashboard(dashboard),
          });
        }
      }
    });

    it('went through the cases the comparison is meant to cover', () => {
      const rows = replays.flatMap((replay) => replay.items);
      expect(new Set(rows.map((row) => row.status))).toEqual(
        new Set([
          'issued',
          'acknowledged',
          'in_progress',
          'completion_reported',
          'completed',
          'under_review',
          'cancelled',
          'suspended',
          'sent_back',
        ]),
      );
      expect(new Set(rows.map((row) => row.light))).toEqual(new Set(['green', 'yellow', 'red', 'none']));
      expect(rows.some((row) => row.status === 'suspended' && row.overdue)).toBe(true);
      expect(rows.some((row) => row.status === 'in_progress' && row.overdue && row.stale)).toBe(true);
      // Granted after the original deadline had passed: red before, green after, the original kept.
      const extendedLate = rows
        .filter((row) => row.taskId === story.ids.extendedLate)
        .map((row) => [row.deadline, row.originalDeadline, row.light]);
      expect(extendedLate).toEqual([
        ['2026-03-20', '2026-03-20', 'red'],
        ['2026-06-30', '2026-03-20', 'green'],
        ['2026-06-30', '2026-03-20', 'green'],
      ]);
      // Deadlines end at 24:00 Beijing time, whatever the UTC date: due yesterday is red, due today yellow.
      const lastRows = replays.at(-1).items;
      expect(lightOf(lastRows, story.ids.dueYesterday)).toBe('red');
      expect(lightOf(lastRows, story.ids.dueToday)).toBe('yellow');
      // Accepted within its extension but after its original deadline, or hours late: completed, not on time.
      expect(replays.at(-1).programmes[0]).toMatchObject({ completed: 4, completedOnTime: 2 });
    });
  });
});

/** The fields a live board item and a replayed row share; the live one names ids as refs and nests the flags. */
function rowOfLiveBoard(item: any) {
  return {
    taskId: item.id,
    code: item.code,
    revision: item.revision,
    status: item.status,
    deadline: item.deadline,
    originalDeadline: item.originalDeadline,
    completedAt: instantOrNull(item.completedAt),
    light: item.flags.light,
    overdue: item.flags.overdue,
    stale: item.flags.stale,
  };
}

function rowOfReplay(row: any) {
  const { taskId, code, revision, status, deadline, originalDeadline, completedAt, light, overdue, stale } = row;
  return {
    taskId,
    code,
    revision,
    status,
    deadline,
    originalDeadline,
    completedAt: instantOrNull(completedAt),
    light,
    overdue,
    stale,
  };
}

/**
 * The dashboard's counts under the replay's names. The dashboard lists every status (zeros too) and
 * rounds the rate to four places; the replay lists the statuses present and keeps the exact ratio.
 */
function countsOfDashboard(dashboard: any) {
  const { counts, programme } = dashboard;
  return {
    programmeId: programme.id,
    title: programme.name,
    plannedTaskCount: programme.plannedTaskCount,
    tasks: counts.total,
    byStatus: Object.fromEntries(Object.entries(counts.byStatus).filter(([, n]) => n !== 0)),
    byLight: counts.byLight,
    overdue: counts.overdue,
    stale: counts.stale,
    completed: counts.completed,
    completedOnTime: counts.completedOnTime,
    onTimeRate: counts.onTimeRate,
  };
}

function countsOfReplay(figures: any) {
  const { onTimeCompletionRate, ...rest } = figures;
  return {
    ...rest,
    onTimeRate: onTimeCompletionRate === null ? null : Math.round(onTimeCompletionRate * 10_000) / 10_000,
  };
}

function lightOf(rows: any[], taskId: string): string {
  return rows.find((row) => row.taskId === taskId).light;
}

function instantOrNull(value: string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function sortByCode<T extends { code: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
