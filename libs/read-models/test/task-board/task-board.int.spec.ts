import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { e, history } from '../../../supervision/test/task/task.fixtures';
import { openReadModelDatabase, type ReadModelDatabase } from '../support/read-model-database';
import { recorded } from '../support/recorded-events';
import { deriveTaskFlags, type Task } from '@app/supervision';
import { queryBoard } from '../../src/task-board/board-query';
import { boardEntryOf } from '../../src/task-board/task-board.row';
import { taskBoardProjection } from '../../src/task-board/task-board.projection';

const PAGE = { sort: 'code', order: 'asc', page: 1, limit: 50 } as const;
const NOW = new Date('2026-03-02T01:00:00.000Z');

describe('the task board writer', () => {
  let db: ReadModelDatabase;
  beforeEach(async () => (db = await openReadModelDatabase([taskBoardProjection])));
  afterEach(() => db.close());

  it('writes a batch of many tasks with one read and one upsert, however many events it holds', async () => {
    const events = Array.from({ length: 40 }, (_, i) => recorded(`task-t${i}`, history.completed())).flat();
    expect(await db.apply(taskBoardProjection, events)).toBe(2);
    expect(await db.dataSource.query('select count(*)::int as n from task_board')).toEqual([{ n: 40 }]);
  });

  it('is idempotent if run twice: the same batch again changes no row', async () => {
    const events = [...recorded('task-a', history.inProgress()), ...recorded('task-b', history.cancelled())];
    await db.apply(taskBoardProjection, events);
    const once = await db.snapshot(taskBoardProjection);
    await db.apply(taskBoardProjection, events);
    expect(await db.snapshot(taskBoardProjection)).toEqual(once);
  });

  it('gives the same rows whether a history comes in one batch or split anywhere, old events included', async () => {
    const events = recorded('task-a', [
      ...history.inProgress(),
      e.urged(),
      e.urgeAnswered(),
      e.extensionRequested(),
      e.extended(),
    ]);
    await db.apply(taskBoardProjection, events);
    const whole = await db.snapshot(taskBoardProjection);
    await db.dataSource.query('truncate task_board');
    await db.apply(taskBoardProjection, events.slice(0, 3));
    await db.apply(taskBoardProjection, events.slice(1, 6));
    await db.apply(taskBoardProjection, events.slice(4));
    expect(await db.snapshot(taskBoardProjection)).toEqual(whole);
  });

  it('finds Chinese text anywhere in the title or description, with a trigram index to serve it', async () => {
    await db.apply(taskBoardProjection, [
      ...recorded('task-juvenile', [e.issued({ code: '2026-01' })]),
      ...recorded('task-ip', [
        e.issued({
          code: '2026-02',
          title: '加强知识产权检察综合履职',
          description: '知识产权刑事、民事、行政检察职能集中统一履行',
        }),
      ]),
    ]);
    const indexes = await db.dataSource.query(
      `select indexname from pg_indexes where tablename = 'task_board' and indexdef like '%gin_trgm_ops%'`,
    );
    expect(indexes).toEqual([{ indexname: 'task_board_text_trgm' }]);
    const found = await queryBoard(db.dataSource.manager, { q: '未成年人' }, PAGE, NOW);
    expect(found).toMatchObject({
      total: 1,
      items: [{ taskId: 'juvenile', title: '规范推进未成年人检察业务统一集中办理' }],
    });
    expect((await queryBoard(db.dataSource.manager, { q: '职能集中' }, PAGE, NOW)).items.map((i) => i.taskId)).toEqual([
      'ip',
    ]);
    // The user's % and _ are taken literally, not as wildcards.
    expect((await queryBoard(db.dataSource.manager, { q: '%' }, PAGE, NOW)).total).toBe(0);
  });

  it('derives index names from the physical table, so a rebuild’s tables never clash with the live ones', async () => {
    await db.dataSource.transaction((manager) =>
      taskBoardProjection.createTables(manager, { task_board: 'task_board__r1' }),
    );
    const names: { indexname: string }[] = await db.dataSource.query(
      `select indexname from pg_indexes where tablename = 'task_board__r1' order by 1`,
    );
    expect(names.map((n) => n.indexname).every((name) => name.startsWith('task_board__r1'))).toBe(true);
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it('warns that search falls back to plain ILIKE when pg_trgm cannot be created, and still creates the table', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      await db.dataSource.transaction((manager) =>
        taskBoardProjection.createTables(refusingExtensions(manager), { task_board: 'task_board__nt' }),
      );
      expect(warnings.mock.calls.map(([message]) => message)).toEqual([
        expect.stringMatching(
          /^no trigram index on "task_board__nt" \(permission denied to create extension "pg_trgm"\): board search falls back to plain ILIKE/,
        ),
      ]);
      const trigram = await db.dataSource.query(
        `select indexname from pg_indexes where tablename = 'task_board__nt' and indexdef like '%gin_trgm_ops%'`,
      );
      expect(trigram).toEqual([]);
      expect(await db.dataSource.query('select count(*)::int as n from task_board__nt')).toEqual([{ n: 0 }]);
    } finally {
      warnings.mockRestore();
    }
  });
});

describe('a board page', () => {
  let db: ReadModelDatabase;
  beforeEach(async () => {
    db = await openReadModelDatabase([taskBoardProjection]);
    await db.apply(
      taskBoardProjection,
      Array.from({ length: 5 }, (_, i) => recorded(`task-p${i}`, [e.issued({ code: `2026-0${i}` })])).flat(),
    );
  });
  afterEach(() => db.close());

  it('reads its items and the total in one statement, so that both come from the same snapshot', async () => {
    const { manager, statements } = countingStatements(db.dataSource.manager);
    const page = await queryBoard(manager, {}, { ...PAGE, page: 2, limit: 2 }, NOW);
    expect({ total: page.total, codes: page.items.map((item) => item.code) }).toEqual({
      total: 5,
      codes: ['2026-02', '2026-03'],
    });
    expect(statements()).toBe(1);
  });

  it('gives each task as the board entry of its folded state, without the description, with its flags as of now', async () => {
    await db.apply(taskBoardProjection, [
      ...recorded('task-p1', history.inProgress().slice(1)),
      ...recorded('task-p2', history.completed().slice(1)),
    ]);
    const states: { task_id: string; revision: string; state: Task }[] = await db.dataSource.query(
      'select task_id, revision, state from task_board order by code',
    );
    const expected = states.map(({ task_id, revision, state }) => {
      const { description: _description, ...entry } = boardEntryOf(state, Number(revision));
      return { ...entry, taskId: task_id, ...deriveTaskFlags(state, NOW) };
    });
    expect((await queryBoard(db.dataSource.manager, {}, PAGE, NOW)).items).toEqual(expected);
    expect(expected.some((entry) => entry.completedAt !== null && entry.staleSince === null)).toBe(true);
  });

  it('still gives the total on a page past the end, which has no row to carry it', async () => {
    expect(await queryBoard(db.dataSource.manager, {}, { ...PAGE, page: 4, limit: 2 }, NOW)).toEqual({
      total: 5,
      totalExact: true,
      items: [],
      nextCursor: null,
    });
    expect(await queryBoard(db.dataSource.manager, { q: '没有这样的任务' }, PAGE, NOW)).toEqual({
      total: 0,
      totalExact: true,
      items: [],
      nextCursor: null,
    });
  });
});

function countingStatements(manager: EntityManager): { manager: EntityManager; statements: () => number } {
  let count = 0;
  const counting = new Proxy(manager, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return (sql: string, parameters?: unknown[]) => (count++, target.query(sql, parameters));
    },
  });
  return { manager: counting, statements: () => count };
}

/** A connection whose role may not create extensions, as on a managed database without the privilege. */
function refusingExtensions(manager: EntityManager): EntityManager {
  return new Proxy(manager, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return (sql: string, parameters?: unknown[]) =>
        /^create extension/i.test(sql)
          ? Promise.reject(new Error('permission denied to create extension "pg_trgm"'))
          : target.query(sql, parameters);
    },
  });
}
