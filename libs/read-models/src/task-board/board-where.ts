/**
 * The board's filters as one SQL WHERE clause over `task_board`. The board list and the dashboards
 * both build their WHERE here, with the flags from FlagSql, so they count the same tasks.
 */
import { containsPattern, type SqlParams } from '../sql/sql-params';
import type { BoardFilter } from './board-filter';
import { searchableText } from './task-board.projection';
import type { FlagSql } from './task-flags.sql';

export function boardWhere(alias: string, filter: BoardFilter, flags: FlagSql, params: SqlParams): string {
  const a = alias;
  const clauses: string[] = [];
  if (filter.programmeId !== undefined) clauses.push(`${a}.programme_id = ${params.add(filter.programmeId)}`);
  if (filter.statuses?.length) clauses.push(`${a}.status = any(${params.add(filter.statuses, 'text[]')})`);
  if (filter.categories?.length) clauses.push(`${a}.category = any(${params.add(filter.categories, 'text[]')})`);
  if (filter.unitId !== undefined) clauses.push(unitTakesPart(a, params.add(filter.unitId)));
  if (filter.leaderId !== undefined) clauses.push(`${a}.lead_leader_id = ${params.add(filter.leaderId)}`);
  if (filter.lights?.length) clauses.push(`(${filter.lights.map((light) => flags.lightIs(light)).join(' or ')})`);
  if (filter.overdue !== undefined) clauses.push(filter.overdue ? flags.overdue() : `not ${flags.overdue()}`);
  if (filter.stale !== undefined) clauses.push(filter.stale ? flags.stale() : `not ${flags.stale()}`);
  if (filter.dueBefore !== undefined) clauses.push(`${a}.deadline < ${params.add(filter.dueBefore, 'date')}`);
  if (filter.dueAfter !== undefined) clauses.push(`${a}.deadline > ${params.add(filter.dueAfter, 'date')}`);
  if (filter.q !== undefined && filter.q.length > 0)
    clauses.push(textMatch(a, filter, params.add(containsPattern(filter.q)), params));
  return clauses.length > 0 ? clauses.join(' and ') : 'true';
}

// The whole searchable text stays the first condition so the trigram index still serves it; the
// second keeps only the rows where the match may be shown to this reader.
function textMatch(a: string, filter: BoardFilter, pattern: string, params: SqlParams): string {
  const match = `${searchableText(a)} ilike ${pattern}`;
  if (filter.descriptionReadableByUnit === undefined) return match;
  if (filter.descriptionReadableByUnit === null) return `(${match} and ${a}.title ilike ${pattern})`;
  return `(${match} and (${a}.title ilike ${pattern} or ${unitTakesPart(a, params.add(filter.descriptionReadableByUnit))}))`;
}

function unitTakesPart(a: string, unit: string): string {
  return `(${a}.lead_unit_id = ${unit} or ${a}.co_unit_ids @> array[${unit}]::text[])`;
}
