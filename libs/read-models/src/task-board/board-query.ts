/** Reads a page of the board from the live `task_board` table, with totals and the flags as of `now`. */
import type { EntityManager } from 'typeorm';
import { DEFAULT_FLAG_POLICY, type FlagPolicy, type TaskStatus, type TrafficLight } from '@app/supervision';
import { SqlParams } from '../sql/sql-params';
import type { BoardFilter, BoardPageRequest, BoardSortField } from './board-filter';
import { boardWhere } from './board-where';
import { TASK_BOARD } from './task-board.projection';
import { FlagSql, flagThresholds } from './task-flags.sql';

export interface BoardEntry {
  readonly taskId: string;
  readonly revision: number;
  readonly programmeId: string;
  readonly code: string;
  readonly title: string;
  readonly category: string;
  readonly status: TaskStatus;
  readonly leadUnitId: string;
  readonly coUnitIds: string[];
  readonly leadLeaderId: string;
  readonly deadline: string;
  readonly originalDeadline: string;
  readonly issuedAt: string;
  readonly updatedAt: string;
  readonly completedAt: string | null;
  readonly progressPercent: number | null;
  readonly openUrges: number;
  readonly light: TrafficLight;
  readonly overdue: boolean;
  readonly stale: boolean;
}

export interface BoardPage {
  readonly total: number;
  readonly items: BoardEntry[];
}

const SORT_COLUMNS: Record<BoardSortField, string> = {
  deadline: 't.deadline',
  issuedAt: 't.issued_at',
  updatedAt: 't.updated_at',
  code: 't.code',
  title: 't.title',
  status: 't.status',
  progress: 't.progress_percent',
};

/**
 * The total rides on each row (`count(*) over ()`), so that it and the items come from one
 * statement's snapshot and agree under concurrent writes. Only a page past the end, which has no row
 * to carry it, costs a second count.
 */
export async function queryBoard(manager: EntityManager, filter: BoardFilter, page: BoardPageRequest, now: Date, policy: FlagPolicy = DEFAULT_FLAG_POLICY): Promise<BoardPage> {
  const params = new SqlParams();
  const flags = new FlagSql('t', flagThresholds(now, policy), params);
  const where = boardWhere('t', filter, flags, params);
  const whereValues = [...params.values];
  const direction = page.order === 'desc' ? 'desc' : 'asc';
  const order = `${SORT_COLUMNS[page.sort]} ${direction} nulls last, t.task_id ${direction}`;
  const limit = params.add(page.limit, 'int');
  const offset = params.add((page.page - 1) * page.limit, 'int');
  const rows: (BoardSqlRow & { total: number })[] = await manager.query(
    `select t.task_id, t.revision, t.programme_id, t.code, t.title, t.category, t.status, t.lead_unit_id, t.co_unit_ids, t.lead_leader_id,
            t.deadline::text as deadline, t.original_deadline::text as original_deadline, t.issued_at, t.updated_at, t.completed_at,
            t.progress_percent, t.open_urges, ${flags.light()} as light, ${flags.overdue()} as overdue, ${flags.stale()} as stale,
            (count(*) over ())::int as total
       from ${TASK_BOARD} t where ${where} order by ${order} limit ${limit} offset ${offset}`,
    params.values,
  );
  if (rows.length > 0) return { total: rows[0].total, items: rows.map(toEntry) };
  if (page.page === 1) return { total: 0, items: [] };
  const [{ total }] = await manager.query(`select count(*)::int as total from ${TASK_BOARD} t where ${where}`, whereValues);
  return { total, items: [] };
}

interface BoardSqlRow {
  task_id: string;
  revision: string;
  programme_id: string;
  code: string;
  title: string;
  category: string;
  status: TaskStatus;
  lead_unit_id: string;
  co_unit_ids: string[];
  lead_leader_id: string;
  deadline: string;
  original_deadline: string;
  issued_at: Date;
  updated_at: Date;
  completed_at: Date | null;
  progress_percent: number | null;
  open_urges: number;
  light: TrafficLight;
  overdue: boolean;
  stale: boolean;
}

function toEntry(row: BoardSqlRow): BoardEntry {
  return {
    taskId: row.task_id,
    revision: Number(row.revision),
    programmeId: row.programme_id,
    code: row.code,
    title: row.title,
    category: row.category,
    status: row.status,
    leadUnitId: row.lead_unit_id,
    coUnitIds: row.co_unit_ids,
    leadLeaderId: row.lead_leader_id,
    deadline: row.deadline,
    originalDeadline: row.original_deadline,
    issuedAt: row.issued_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
    progressPercent: row.progress_percent,
    openUrges: row.open_urges,
    light: row.light,
    overdue: row.overdue,
    stale: row.stale,
  };
}
