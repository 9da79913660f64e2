/** Reads a page of the board from the live `task_board` table, with totals and the flags as of `now`. */
import type { EntityManager } from 'typeorm';
import { DEFAULT_FLAG_POLICY, type FlagPolicy, type TaskFlags, type TrafficLight } from '@app/supervision';
import { SqlParams } from '../sql/sql-params';
import type { BoardFilter, BoardPageRequest, BoardSortField } from './board-filter';
import { decodeBoardCursor, encodeBoardCursor } from './board-cursor';
import { boardWhere } from './board-where';
import { fieldsFrom, selectList } from '../sql/read-model-table';
import { TASK_BOARD, TASK_BOARD_TABLE, type TaskBoardEntry } from './task-board.row';
import { FlagSql, flagThresholds } from './task-flags.sql';

/** A board row as the query gives it: the board's entry (task-board.row.ts), with its flags as of the moment asked. */
export type BoardEntry = TaskBoardEntry & TaskFlags;

export interface BoardPage {
  /** Exact up to BOARD_EXACT_TOTAL_UP_TO matches; past it, that number and `totalExact` false (a lower bound). */
  readonly total: number;
  readonly totalExact: boolean;
  readonly items: BoardEntry[];
  /** Give it as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** Counting stops here, so that a page costs the same however many tasks match. */
export const BOARD_EXACT_TOTAL_UP_TO = 10_000;

/**
 * Each sort as a key with its cast. Progress is nullable and sorts last either way: the key maps
 * null past the end (101 ascending, -1 descending), so one row comparison serves the keyset.
 */
const SORT_KEYS: Record<BoardSortField, (direction: 'asc' | 'desc') => { key: string; cast: string }> = {
  deadline: () => ({ key: 't.deadline', cast: 'date' }),
  issuedAt: () => ({ key: 't.issued_at', cast: 'timestamptz' }),
  updatedAt: () => ({ key: 't.updated_at', cast: 'timestamptz' }),
  code: () => ({ key: 't.code', cast: 'text' }),
  title: () => ({ key: 't.title', cast: 'text' }),
  status: () => ({ key: 't.status', cast: 'text' }),
  progress: (direction) => ({ key: `coalesce(t.progress_percent, ${direction === 'asc' ? 101 : -1})`, cast: 'int' }),
};

/**
 * One statement, so the items and the total come from one snapshot and agree under concurrent
 * writes. The page is read in sort order from an index (the sorts on the deadline, the issue and
 * update times and the code have one) and stops after `limit + 1` rows; `after` starts it where the
 * last page ended, so no page reads the rows before it. The total counts at most
 * BOARD_EXACT_TOTAL_UP_TO + 1 matches: nothing materialises every match.
 */
export async function queryBoard(
  manager: EntityManager,
  filter: BoardFilter,
  page: BoardPageRequest,
  now: Date,
  policy: FlagPolicy = DEFAULT_FLAG_POLICY,
): Promise<BoardPage> {
  const params = new SqlParams();
  const flags = new FlagSql('t', flagThresholds(now, policy), params);
  const where = boardWhere('t', filter, flags, params);
  const direction = page.order === 'desc' ? 'desc' : 'asc';
  const { key, cast } = SORT_KEYS[page.sort](direction);
  const cursor = page.after === undefined ? undefined : decodeBoardCursor(page.after, page.sort, direction);
  const keyset = cursor
    ? ` and (${key}, t.task_id) ${direction === 'asc' ? '>' : '<'} (${params.add(cursor.key, cast)}, ${params.add(cursor.taskId)})`
    : '';
  const countCap = params.add(BOARD_EXACT_TOTAL_UP_TO + 1, 'int');
  const limit = params.add(page.limit + 1, 'int');
  const offset = params.add(cursor ? 0 : (page.page - 1) * page.limit, 'int');
  const rows: (Partial<Record<string, unknown>> & {
    total: number;
    task_id?: string | null;
    sort_key: string | null;
  })[] = await manager.query(
    `select p.*, c.total from
       (select count(*)::int as total from (select 1 from ${TASK_BOARD} t where ${where} limit ${countCap}) matching) c
       left join lateral (
         select ${selectList(TASK_BOARD_TABLE, 't')}, ${flags.light()} as light, ${flags.overdue()} as overdue, ${flags.stale()} as stale,
                (${key})::text as sort_key
           from ${TASK_BOARD} t where ${where}${keyset}
          order by ${key} ${direction}, t.task_id ${direction} limit ${limit} offset ${offset}
       ) p on true`,
    params.values,
  );
  const counted = rows[0]?.total ?? 0;
  const found = rows.filter(
    (row): row is typeof row & { task_id: string; sort_key: string } =>
      row.task_id !== null && row.task_id !== undefined,
  );
  const items = found.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    total: Math.min(counted, BOARD_EXACT_TOTAL_UP_TO),
    totalExact: counted <= BOARD_EXACT_TOTAL_UP_TO,
    items: items.map(toEntry),
    nextCursor:
      found.length > page.limit
        ? encodeBoardCursor({ sort: page.sort, order: direction, key: last.sort_key, taskId: last.task_id })
        : null,
  };
}

function toEntry(row: Readonly<Record<string, unknown>>): BoardEntry {
  return {
    ...fieldsFrom<TaskBoardEntry>(TASK_BOARD_TABLE, row),
    light: row.light as TrafficLight,
    overdue: row.overdue === true,
    stale: row.stale === true,
  };
}
