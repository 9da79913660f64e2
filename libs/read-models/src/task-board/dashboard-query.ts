/**
 * Dashboards are counts over the board's own rows, with the board's own WHERE and flag expressions:
 * a dashboard's "red" is exactly the tasks `GET /api/tasks?light=red` lists, as of the same now.
 */
import type { EntityManager } from 'typeorm';
import {
  DEFAULT_FLAG_POLICY,
  TASK_STATUSES,
  type FlagPolicy,
  type TaskStatus,
  type TrafficLight,
} from '@app/supervision';
import { SqlParams } from '../sql/sql-params';
import type { BoardFilter } from './board-filter';
import { boardWhere } from './board-where';
import { TASK_BOARD } from './task-board.projection';
import { FlagSql, flagThresholds } from './task-flags.sql';

export type DashboardGrouping = 'programme' | 'unit' | 'leader';

export interface DashboardCounts {
  readonly total: number;
  readonly byStatus: Record<TaskStatus, number>;
  readonly byLight: Record<TrafficLight, number>;
  readonly overdue: number;
  readonly stale: number;
  /** Accepted (办结), also those under look-back review since. */
  readonly completed: number;
  /** Accepted on or before the ORIGINAL deadline (completedOnTime). */
  readonly completedOnTime: number;
  /** completedOnTime / completed; null while nothing is completed. */
  readonly onTimeRate: number | null;
}

export interface DashboardGroup {
  readonly key: string;
  readonly counts: DashboardCounts;
}

// A unit counts every task it leads or co-operates on, as the board's `unit` filter does.
const GROUP_KEYS: Record<DashboardGrouping, { key: string; join: string }> = {
  programme: { key: 't.programme_id', join: '' },
  leader: { key: 't.lead_leader_id', join: '' },
  unit: {
    key: 'u.unit_id',
    join: 'cross join lateral (select distinct x as unit_id from unnest(array[t.lead_unit_id] || t.co_unit_ids) as x) u',
  },
};

export async function queryDashboard(
  manager: EntityManager,
  grouping: DashboardGrouping,
  filter: BoardFilter,
  now: Date,
  policy: FlagPolicy = DEFAULT_FLAG_POLICY,
): Promise<DashboardGroup[]> {
  const params = new SqlParams();
  const flags = new FlagSql('t', flagThresholds(now, policy), params);
  const where = boardWhere('t', filter, flags, params);
  const { key, join } = GROUP_KEYS[grouping];
  const rows: CountRow[] = await manager.query(
    `select ${key} as key, t.status, ${flags.light()} as light, count(*)::int as tasks,
            count(*) filter (where ${flags.overdue()})::int as overdue, count(*) filter (where ${flags.stale()})::int as stale,
            count(*) filter (where t.completed)::int as completed, count(*) filter (where t.completed_on_time)::int as on_time
       from ${TASK_BOARD} t ${join} where ${where} group by 1, 2, 3 order by 1`,
    params.values,
  );
  const groups = new Map<string, DashboardCounts>();
  for (const row of rows) groups.set(row.key, add(groups.get(row.key) ?? emptyCounts(), row));
  return [...groups].map(([groupKey, counts]) => ({ key: groupKey, counts: withRate(counts) }));
}

interface CountRow {
  key: string;
  status: TaskStatus;
  light: TrafficLight;
  tasks: number;
  overdue: number;
  stale: number;
  completed: number;
  on_time: number;
}

export function emptyCounts(): DashboardCounts {
  const byStatus = Object.fromEntries(TASK_STATUSES.map((status) => [status, 0])) as Record<TaskStatus, number>;
  return {
    total: 0,
    byStatus,
    byLight: { green: 0, yellow: 0, red: 0, none: 0 },
    overdue: 0,
    stale: 0,
    completed: 0,
    completedOnTime: 0,
    onTimeRate: null,
  };
}

function add(counts: DashboardCounts, row: CountRow): DashboardCounts {
  return {
    total: counts.total + row.tasks,
    byStatus: { ...counts.byStatus, [row.status]: (counts.byStatus[row.status] ?? 0) + row.tasks },
    byLight: { ...counts.byLight, [row.light]: counts.byLight[row.light] + row.tasks },
    overdue: counts.overdue + row.overdue,
    stale: counts.stale + row.stale,
    completed: counts.completed + row.completed,
    completedOnTime: counts.completedOnTime + row.on_time,
    onTimeRate: null,
  };
}

function withRate(counts: DashboardCounts): DashboardCounts {
  return {
    ...counts,
    onTimeRate:
      counts.completed === 0 ? null : Math.round((counts.completedOnTime / counts.completed) * 10_000) / 10_000,
  };
}
