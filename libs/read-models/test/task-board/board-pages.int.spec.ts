import { e, history } from '../../../supervision/test/task/task.fixtures';
import { openReadModelDatabase, type ReadModelDatabase } from '../support/read-model-database';
import { recorded } from '../support/recorded-events';
import { BadBoardCursor, encodeBoardCursor } from '../../src/task-board/board-cursor';
import type { BoardPageRequest, BoardSortField } from '../../src/task-board/board-filter';
import { BOARD_EXACT_TOTAL_UP_TO, queryBoard } from '../../src/task-board/board-query';
import { taskBoardProjection } from '../../src/task-board/task-board.projection';

const NOW = new Date('2026-03-02T01:00:00.000Z');
const SORTS: BoardSortField[] = ['deadline', 'issuedAt', 'updatedAt', 'code', 'title', 'status', 'progress'];

describe('the board, page after page', () => {
  let db: ReadModelDatabase;
  beforeAll(async () => {
    db = await openReadModelDatabase([taskBoardProjection]);
    // Ties on every sort key (two deadlines, three histories), so the task id has to break them.
    const events = Array.from({ length: 23 }, (_, i) =>
      recorded(`task-k${String(i).padStart(2, '0')}`, [
        e.issued({
          code: `2026-${String(i % 7).padStart(2, '0')}`,
          title: `任务${i % 5}`,
          deadline: i % 2 ? '2026-06-30' : '2026-09-30',
        }),
        ...(i % 3 === 0 ? history.inProgress().slice(1) : i % 3 === 1 ? history.cancelled().slice(1) : []),
      ]),
    ).flat();
    await db.apply(taskBoardProjection, events);
  });
  afterAll(() => db.close());

  const board = (page: Partial<BoardPageRequest>) =>
    queryBoard(db.dataSource.manager, {}, { sort: 'code', order: 'asc', page: 1, limit: 50, ...page }, NOW);

  it.each(SORTS.flatMap((sort) => [[sort, 'asc'] as const, [sort, 'desc'] as const]))(
    'by %s %s, the cursors walk the same rows as the page numbers, each once',
    async (sort, order) => {
      const whole = (await board({ sort, order, limit: 50 })).items.map((item) => item.taskId);
      expect(whole).toHaveLength(23);
      const walked: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = await board({ sort, order, limit: 5, ...(after ? { after } : {}) });
        walked.push(...page.items.map((item) => item.taskId));
        expect(page).toMatchObject({ total: 23, totalExact: true });
        if (page.nextCursor === null) break;
        after = page.nextCursor;
      }
      expect(walked).toEqual(whole);
      const byNumber = (await board({ sort, order, limit: 5, page: 3 })).items.map((item) => item.taskId);
      expect(byNumber).toEqual(whole.slice(10, 15));
    },
  );

  it('says there is no next page on the last one, also when it is exactly full', async () => {
    expect((await board({ limit: 23 })).nextCursor).toBeNull();
    expect((await board({ limit: 22 })).nextCursor).not.toBeNull();
  });

  it('refuses a cursor of another sort or order, and one that is not a cursor', async () => {
    const byCode = (await board({ limit: 5 })).nextCursor!;
    await expect(board({ sort: 'title', after: byCode })).rejects.toThrow(BadBoardCursor);
    await expect(board({ order: 'desc', after: byCode })).rejects.toThrow(/sorted by code asc/);
    await expect(board({ after: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(BadBoardCursor);
    await expect(
      board({
        sort: 'deadline',
        after: encodeBoardCursor({ sort: 'deadline', order: 'asc', key: 'not a date', taskId: 'x' }),
      }),
    ).rejects.toThrow();
  });

  it('counts exactly up to its cap, then says the total is a lower bound, without counting every match', async () => {
    await db.dataSource.query(
      `insert into task_board select 'many-' || n, t.revision, t.programme_id, t.code, t.title, t.description, t.category, t.status, t.lead_unit_id,
         t.co_unit_ids, t.lead_leader_id, t.deadline, t.original_deadline, t.issued_at, t.updated_at, t.completed_at, t.finished, t.completed,
         t.completed_on_time, t.stale_since, t.progress_percent, t.open_urges, t.state
         from task_board t, generate_series(1, $1::int) n where t.task_id = 'k00'`,
      [BOARD_EXACT_TOTAL_UP_TO],
    );
    const page = await board({ limit: 10 });
    expect(page).toMatchObject({ total: BOARD_EXACT_TOTAL_UP_TO, totalExact: false });
    expect(page.items).toHaveLength(10);
    const few = await queryBoard(
      db.dataSource.manager,
      { statuses: ['cancelled'] },
      { sort: 'code', order: 'asc', page: 1, limit: 50 },
      NOW,
    );
    expect(few).toMatchObject({ total: 8, totalExact: true, nextCursor: null });
  });
});
