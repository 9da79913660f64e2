/** The task timeline (办理过程): one row per task event, written once per batch with one insert. */
import type { EntityManager } from 'typeorm';
import { TASK_STREAM_PREFIX } from '@app/supervision';
import type { Projection } from '@app/projector';
import { ident } from '../sql/sql-params';
import { upsertRows } from '../sql/upsert-rows';
import { findNames } from '../organisation/organisation.projection';
import { TIMELINE_COLUMNS, timelineRowOf, type TimelineRow } from './timeline-entry';
import { referencesIn, renderSentence } from './timeline-sentence';

export const TASK_TIMELINE = 'task_timeline';

export const taskTimelineProjection: Projection = {
  name: 'task-timeline',
  schemaVersion: 1,
  tables: [TASK_TIMELINE],
  streamPrefixes: [TASK_STREAM_PREFIX],
  async createTables(manager, tables) {
    await manager.query(`create table if not exists ${ident(tables[TASK_TIMELINE])} (
      task_id text not null, revision bigint not null, event_id text not null, event_type text not null, label text not null,
      summary_parts jsonb not null, actor_id text, actor_role text, actor_unit_id text, occurred_at timestamptz not null, recorded_at timestamptz not null,
      primary key (task_id, revision))`);
  },
  async apply(manager, events, tables) {
    const rows = events.map(timelineRowOf).filter((row): row is TimelineRow => row !== undefined);
    await upsertRows(manager, tables[TASK_TIMELINE], TIMELINE_COLUMNS, rows, { key: ['task_id', 'revision'], onConflict: 'ignore' });
  },
  checksumQueries: (tables) => [`select ${TIMELINE_COLUMNS.map((c) => ident(c.name)).join(', ')} from ${ident(tables[TASK_TIMELINE])} order by task_id, revision`],
};

export interface TimelineEntry {
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly label: string;
  /** The short sentence, with the names of the units and officials it mentions. */
  readonly summary: string;
  readonly actor: { readonly id: string | null; readonly role: string | null; readonly unitId: string | null; readonly unitName: string | null };
  readonly occurredAt: string;
  readonly recordedAt: string;
}

type StoredRow = Omit<TimelineRow, 'occurred_at' | 'recorded_at' | 'revision'> & { revision: string; occurred_at: Date; recorded_at: Date };

/**
 * A page of a task's timeline, oldest first, its sentences rendered with the names the organisation read
 * model knows. `after` (a revision) starts the page past it through the primary key, skipping nothing;
 * else `page` counts from the start. The total counts one task's rows, through the same key. One statement,
 * so the total and the page agree. `hasMore` says whether a row follows the page.
 */
export async function queryTimeline(
  manager: EntityManager,
  taskId: string,
  page: number,
  limit: number,
  after?: number,
): Promise<{ total: number; items: TimelineEntry[]; hasMore: boolean }> {
  const found: (StoredRow & { total: number })[] = await manager.query(
    `select p.*, c.total from (select count(*)::int as total from ${TASK_TIMELINE} where task_id = $1) c
       left join lateral (
         select * from ${TASK_TIMELINE} where task_id = $1 and revision > $2::bigint order by revision limit $3::int offset $4::int
       ) p on true`,
    [taskId, after ?? -1, limit + 1, after === undefined ? (page - 1) * limit : 0],
  );
  const total = found[0]?.total ?? 0;
  const rows = found.filter((row) => row.task_id !== null).slice(0, limit);
  const hasMore = found.filter((row) => row.task_id !== null).length > limit;
  const references = rows.map((row) => referencesIn(row.summary_parts));
  const names = await findNames(manager, {
    units: [...references.flatMap((r) => r.units), ...rows.flatMap((row) => (row.actor_unit_id ? [row.actor_unit_id] : []))],
    officials: references.flatMap((r) => r.officials),
  });
  const items = rows.map((row) => ({
    revision: Number(row.revision),
    eventId: row.event_id,
    type: row.event_type,
    label: row.label,
    summary: renderSentence(row.summary_parts, names),
    actor: { id: row.actor_id, role: row.actor_role, unitId: row.actor_unit_id, unitName: row.actor_unit_id ? (names.units.get(row.actor_unit_id) ?? null) : null },
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
  }));
  return { total, items, hasMore };
}
