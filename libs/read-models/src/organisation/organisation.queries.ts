/**
 * The directory reads (programmes, units, officials) over the organisation read model's live tables:
 * a page in a stable order and the number of matching rows. The tables hold one row per programme,
 * unit or official (tens to hundreds), so the total is an exact count.
 */
import type { EntityManager } from 'typeorm';
import type { LaunchedProgramme, Official, Unit } from '@app/supervision';
import { SqlParams, containsPattern } from '../sql/sql-params';
import { ORG_OFFICIALS, ORG_PROGRAMMES, ORG_UNITS } from './organisation.projection';

export interface DirectoryPageRequest {
  /** From 1. */
  readonly page: number;
  readonly limit: number;
}

export interface DirectoryPage<T> {
  readonly total: number;
  readonly items: T[];
}

export interface ProgrammeFilter {
  readonly years?: readonly number[];
  readonly statuses?: readonly LaunchedProgramme['status'][];
}

export interface UnitFilter {
  readonly kinds?: readonly string[];
  /** Free text in the name or the id (Chinese included), taken literally. */
  readonly q?: string;
}

export interface OfficialFilter {
  readonly kinds?: readonly string[];
  /** Only the officials of this unit. */
  readonly unitId?: string;
  /** Free text in the title or the id, taken literally. */
  readonly q?: string;
}

/** An official with the name of their unit (null when they have none, or the unit is unknown). */
export interface OfficialWithUnit extends Official {
  readonly unitName: string | null;
}

/** The newest year first, then by id. */
export function queryProgrammes(
  manager: EntityManager,
  filter: ProgrammeFilter,
  page: DirectoryPageRequest,
): Promise<DirectoryPage<LaunchedProgramme>> {
  const params = new SqlParams();
  const where = [
    filter.years?.length ? `(p.record->>'year')::int = any(${params.add(filter.years, 'int[]')})` : undefined,
    filter.statuses?.length ? `p.record->>'status' = any(${params.add(filter.statuses, 'text[]')})` : undefined,
  ];
  return pageOf(
    manager,
    params,
    `from ${ORG_PROGRAMMES} p ${whereOf(where)}`,
    'p.record',
    `(p.record->>'year')::int desc, p.programme_id collate "C"`,
    page,
  );
}

/** By id. */
export function queryUnits(
  manager: EntityManager,
  filter: UnitFilter,
  page: DirectoryPageRequest,
): Promise<DirectoryPage<Unit>> {
  const params = new SqlParams();
  const where = [
    filter.kinds?.length ? `u.record->>'kind' = any(${params.add(filter.kinds, 'text[]')})` : undefined,
    filter.q ? textMatch(params, filter.q, `u.record->>'name'`, 'u.unit_id') : undefined,
  ];
  return pageOf(manager, params, `from ${ORG_UNITS} u ${whereOf(where)}`, 'u.record', 'u.unit_id collate "C"', page);
}

/** By id, each with its unit's name. */
export function queryOfficials(
  manager: EntityManager,
  filter: OfficialFilter,
  page: DirectoryPageRequest,
): Promise<DirectoryPage<OfficialWithUnit>> {
  const params = new SqlParams();
  const where = [
    filter.kinds?.length ? `o.record->>'kind' = any(${params.add(filter.kinds, 'text[]')})` : undefined,
    filter.unitId ? `o.record->>'unitId' = ${params.add(filter.unitId)}` : undefined,
    filter.q ? textMatch(params, filter.q, `o.record->>'title'`, 'o.official_id') : undefined,
  ];
  return pageOf(
    manager,
    params,
    `from ${ORG_OFFICIALS} o left join ${ORG_UNITS} u on u.unit_id = o.record->>'unitId' ${whereOf(where)}`,
    `o.record || jsonb_build_object('unitName', u.record->'name')`,
    'o.official_id collate "C"',
    page,
  );
}

/** One unit by id, or undefined. */
export async function findUnit(manager: EntityManager, unitId: string): Promise<Unit | undefined> {
  const rows: { record: Unit }[] = await manager.query(`select record from ${ORG_UNITS} where unit_id = $1`, [unitId]);
  return rows[0]?.record;
}

/** One official by id with their unit's name, or undefined. */
export async function findOfficial(manager: EntityManager, officialId: string): Promise<OfficialWithUnit | undefined> {
  const rows: { record: OfficialWithUnit }[] = await manager.query(
    `select o.record || jsonb_build_object('unitName', u.record->'name') as record from ${ORG_OFFICIALS} o left join ${ORG_UNITS} u on u.unit_id = o.record->>'unitId' where o.official_id = $1`,
    [officialId],
  );
  return rows[0]?.record;
}

function textMatch(params: SqlParams, q: string, ...columns: string[]): string {
  const pattern = params.add(containsPattern(q));
  return `(${columns.map((column) => `${column} ilike ${pattern}`).join(' or ')})`;
}

function whereOf(conditions: (string | undefined)[]): string {
  const present = conditions.filter((condition): condition is string => condition !== undefined);
  return present.length > 0 ? `where ${present.join(' and ')}` : '';
}

async function pageOf<T>(
  manager: EntityManager,
  params: SqlParams,
  from: string,
  record: string,
  orderBy: string,
  page: DirectoryPageRequest,
): Promise<DirectoryPage<T>> {
  const counted: { total: number }[] = await manager.query(`select count(*)::int as total ${from}`, params.values);
  const total = counted[0]?.total ?? 0;
  if (total === 0 || (page.page - 1) * page.limit >= total) return { total, items: [] };
  const limit = params.add(page.limit, 'int');
  const offset = params.add((page.page - 1) * page.limit, 'bigint');
  const rows: { record: T }[] = await manager.query(
    `select ${record} as record ${from} order by ${orderBy} limit ${limit} offset ${offset}`,
    params.values,
  );
  return { total, items: rows.map((row) => row.record) };
}
