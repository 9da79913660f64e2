/** Reads a page of the board from the live `task_board` table, with totals and the flags as of `now`. */
import type { EntityManager } from 'typeorm';
import { DEFAULT_FLAG_POLICY, type FlagPolicy, type TaskFlags } from '@app/supervision';
import { SqlParams } from '../sql/sql-params';
import type { BoardFilter, BoardPageRequest, BoardSortField } from './board-filter';
import { decodeBoardCursor, encodeBoardCursor } from './board-cursor';
import { boardWhere } from './board-where';
import { fromJsonFields, jsonFieldArguments } from '../sql/read-model-table';
import { namesFromJson, namesJson, type OrganisationNames } from '../organisation/organisation.projection';
import { TASK_BOARD, TASK_BOARD_TABLE, type TaskBoardEntry } from './task-board.row';
import { FlagSql, flagThresholds } from './task-flags.sql';

/**
 * A board row as the query gives it: the board's entry (task-board.row.ts) without the description
 * (the board does not show it, and it is the longest text), with its flags as of the moment asked.
 */
export type BoardEntry = Omit<TaskBoardEntry, 'description'> & TaskFlags;

export interface BoardPage {
  /** Exact up to BOARD_EXACT_TOTAL_UP_TO matches; past it, that number and `totalExact` false (a lower bound). */
  readonly total: number;
  readonly totalExact: boolean;
  readonly items: BoardEntry[];
  /** Give it as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** A page with the names of the units, leaders and programmes its items mention, read in the same statement. */
export interface NamedBoardPage extends BoardPage {
  readonly names: OrganisationNames;
}
/** The board does not show the description, the longest text of a row. */
const OMITTED = ['description'];

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
  const { names: _names, ...board } = await readBoard(manager, filter, page, now, policy, false);
  return board;
}

/** The same page, with the organisation's names of what its items mention (one statement still). */
export async function queryNamedBoard(
  manager: EntityManager,
  filter: BoardFilter,
  page: BoardPageRequest,
  now: Date,
  policy: FlagPolicy = DEFAULT_FLAG_POLICY,
): Promise<NamedBoardPage> {
  const { names, ...board } = await readBoard(manager, filter, page, now, policy, true);
  return { ...board, names: names! };
}

interface BoardAnswer {
  readonly total: number;
  /** [sort key as text, item], in page order. */
  readonly rows: [string, Record<string, unknown> & { taskId: string }][] | null;
  readonly names?: Parameters<typeof namesFromJson>[0];
}

async function readBoard(
  manager: EntityManager,
  filter: BoardFilter,
  page: BoardPageRequest,
  now: Date,
  policy: FlagPolicy,
  withNames: boolean,
): Promise<BoardPage & { names?: OrganisationNames }> {
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
  const skipped = cursor ? 0 : (page.page - 1) * page.limit;
  const limit = params.add(page.limit + 1, 'int');
  const offset = params.add(skipped, 'int');
  const order = `${key} ${direction}, t.task_id ${direction}`;
  // A page past the last match is known empty from the count (when exact): its rows are not looked for.
  const gate = ` and (select total from matching) > least(${offset}, ${countCap} - 1)`;
  const item = `json_build_object(${jsonFieldArguments(TASK_BOARD_TABLE, 't', OMITTED)}, 'light', ${flags.light()}, 'overdue', ${flags.overdue()}, 'stale', ${flags.stale()})`;
  // Deep in the board, the rows skipped are found from the sort's index alone, and only the page's rows are read in full.
  const pageRows =
    skipped > 0
      ? `select t.*, k.n from (select t.task_id, row_number() over (order by ${order}) as n from ${TASK_BOARD} t
            where ${where}${gate} order by ${order} limit ${limit} offset ${offset}) k
           join ${TASK_BOARD} t on t.task_id = k.task_id`
      : `select t.*, row_number() over (order by ${order}) as n from ${TASK_BOARD} t
            where ${where}${keyset}${gate} order by ${order} limit ${limit}`;
  const names = withNames
    ? `, ${namesJson({
        units: 'select lead_unit_id from page union select unnest(co_unit_ids) from page',
        officials: 'select lead_leader_id from page',
        programmes: 'select programme_id from page',
      })} as names`
    : '';
  const [answer]: BoardAnswer[] = await manager.query(
    `with matching as materialized (select count(*)::int as total from (select 1 from ${TASK_BOARD} t where ${where} limit ${countCap}) m),
          page as (select t.n, ${item} as item, (${key})::text as sort_key, t.lead_unit_id, t.co_unit_ids, t.lead_leader_id, t.programme_id
                     from (${pageRows}) t)
     select (select total from matching) as total,
            (select json_agg(json_build_array(p.sort_key, p.item) order by p.n) from page p) as rows${names}`,
    params.values,
  );
  const found = answer.rows ?? [];
  const items = found.slice(0, page.limit);
  const counted = answer.total;
  const [lastKey, last] = items[items.length - 1] ?? [];
  return {
    total: Math.min(counted, BOARD_EXACT_TOTAL_UP_TO),
    totalExact: counted <= BOARD_EXACT_TOTAL_UP_TO,
    items: items.map(([, entry]) => fromJsonFields<BoardEntry>(TASK_BOARD_TABLE, entry, OMITTED)),
    nextCursor:
      found.length > page.limit && last
        ? encodeBoardCursor({ sort: page.sort, order: direction, key: lastKey, taskId: last.taskId })
        : null,
    ...(answer.names ? { names: namesFromJson(answer.names) } : {}),
  };
}
