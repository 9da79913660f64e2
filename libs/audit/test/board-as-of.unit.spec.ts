import { accepted, acknowledged, cancelled, issued, launched, recorded } from './audit.fixtures';
import { boardAsOf } from '../src/board-as-of';
import { BoardReplay } from '../src/board-replay';
import type { AsOfPoint } from '../src/as-of-point';

const log = recorded([
  launched('2026-02-08T02:00:00Z'),
  issued('a', '01', '2026-03-10', '2026-03-01T01:00:00Z'),
  issued('b', '02', '2026-03-05', '2026-03-01T02:00:00Z'),
  issued('c', '03', '2026-12-31', '2026-03-01T03:00:00Z'),
  acknowledged('a', '2026-03-02T01:00:00Z'),
  accepted('a', '2026-03-09T01:00:00Z'),
  accepted('b', '2026-03-07T01:00:00Z'),
  cancelled('c', '2026-03-08T01:00:00Z'),
]);

function replayed(point: AsOfPoint) {
  const replay = new BoardReplay(point);
  for (const event of log) if (!replay.add(event)) break;
  return replay;
}

describe('the board as of a time', () => {
  it('shows each task as it stood then, ignoring what happened later', () => {
    const at = new Date('2026-03-06T01:00:00Z');
    const board = boardAsOf(replayed({ kind: 'at', at }), at, { offset: 0, limit: 50 });
    expect(board.items.map((row) => [row.code, row.status, row.light, row.overdue])).toEqual([
      ['01', 'acknowledged', 'yellow', false],
      ['02', 'issued', 'red', true],
      ['03', 'issued', 'green', false],
    ]);
    expect(board.programmes).toEqual([
      expect.objectContaining({
        programmeId: 'spp-2026',
        title: '2026年重点督办任务',
        plannedTaskCount: 68,
        tasks: 3,
        byStatus: { acknowledged: 1, issued: 2 },
        byLight: { green: 1, yellow: 1, red: 1, none: 0 },
        overdue: 1,
        completed: 0,
        onTimeCompletionRate: null,
      }),
    ]);
  });

  it('counts on-time completion by the original deadline once completions are accepted', () => {
    const at = new Date('2026-03-20T01:00:00Z');
    const board = boardAsOf(replayed({ kind: 'at', at }), at, { offset: 0, limit: 50 });
    expect(board.programmes[0]).toMatchObject({
      byStatus: { completed: 2, cancelled: 1 },
      completed: 2,
      completedOnTime: 1,
      onTimeCompletionRate: 0.5,
      overdue: 0,
    });
  });

  it('pages through the rows in code order and filters by programme', () => {
    const at = new Date('2026-03-06T01:00:00Z');
    const page = boardAsOf(replayed({ kind: 'at', at }), at, { offset: 2, limit: 2 });
    expect(page).toMatchObject({ total: 3, offset: 2, limit: 2 });
    expect(page.items.map((row) => row.code)).toEqual(['03']);
    expect(boardAsOf(replayed({ kind: 'at', at }), at, { offset: 0, limit: 2, programmeId: 'other' }).total).toBe(0);
  });
});

describe('the board as of a log position', () => {
  it('replays up to the position and tells the reader to stop after it', () => {
    const replay = new BoardReplay({ kind: 'position', position: { commit: 1n, prepare: 5n } });
    const kept = log.map((event) => replay.add(event));
    expect(kept).toEqual([true, true, true, true, true, false, false, false]);
    const board = boardAsOf(replay, new Date('2026-03-02T01:00:00Z'), { offset: 0, limit: 50 });
    expect(board.items.map((row) => row.status)).toEqual(['acknowledged', 'issued', 'issued']);
    expect(board.eventsReplayed).toBe(5);
  });
});
