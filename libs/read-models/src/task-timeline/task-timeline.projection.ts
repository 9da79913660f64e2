/** The task timeline (办理过程): one row per task event, written once per batch with one insert. */
import type { EntityManager } from 'typeorm';
import { TASK_STREAM_PREFIX } from '@app/supervision';
import type { Projection } from '@app/projector';
import { checksumQuery, createTable, upsertRows, type StoredRowOf } from '../sql/read-model-table';
import { findNames } from '../organisation/organisation.projection';
import { TASK_TIMELINE, TASK_TIMELINE_TABLE, timelineRowOf, type TimelineRow } from './timeline-entry';
import { referencesIn, renderSentence } from './timeline-sentence';

export { TASK_TIMELINE } from './timeline-entry';

export const taskTimelineProjection: Projection = {
  name: 'task-timeline',
  schemaVersion: TASK_TIMELINE_TABLE.shapeVersion,
  tables: [TASK_TIMELINE],
  streamPrefixes: [TASK_STREAM_PREFIX],
  createTables: (manager, tables) => createTable(manager, TASK_TIMELINE_TABLE, tables[TASK_TIMELINE]),
  async apply(manager, events, tables) {
    const rows = events.map(timelineRowOf).filter((row): row is TimelineRow => row !== undefined);
    await upsertRows(manager, TASK_TIMELINE_TABLE, tables[TASK_TIMELINE], rows, { onConflict: 'ignore' });
  },
  checksumQueries: (tables) => [checksumQuery(TASK_TIMELINE_TABLE, tables[TASK_TIMELINE])],
};

export interface TimelineEntry {
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly label: string;
  /** The short sentence, with the names of the units and officials it mentions. */
  readonly summary: string;
  readonly actor: {
    readonly id: string | null;
    readonly role: string | null;
    readonly unitId: string | null;
    readonly unitName: string | null;
  };
  readonly occurredAt: string;
  readonly recordedAt: string;
}

type StoredRow = StoredRowOf<typeof TASK_TIMELINE_TABLE.columns>;

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
    units: [
      ...references.flatMap((r) => r.units),
      ...rows.flatMap((row) => (row.actor_unit_id ? [row.actor_unit_id] : [])),
    ],
    officials: references.flatMap((r) => r.officials),
  });
  const items = rows.map((row) => ({
    revision: Number(row.revision),
    eventId: row.event_id,
    type: row.event_type,
    label: row.label,
    summary: renderSentence(row.summary_parts, names),
    actor: {
      id: row.actor_id,
      role: row.actor_role,
      unitId: row.actor_unit_id,
      unitName: row.actor_unit_id ? (names.units.get(row.actor_unit_id) ?? null) : null,
    },
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
  }));
  return { total, items, hasMore };
}
