/** The task timeline (办理过程): one row per task event, written once per batch with one insert. */
import type { EntityManager } from 'typeorm';
import { TASK_STREAM_PREFIX } from '@app/supervision';
import type { Projection } from '../projection';
import { ident } from '../sql/sql-params';
import { upsertRows } from '../sql/upsert-rows';
import { TIMELINE_COLUMNS, timelineRowOf, type TimelineRow } from './timeline-entry';

export const TASK_TIMELINE = 'task_timeline';

export const taskTimelineProjection: Projection = {
  name: 'task-timeline',
  tables: [TASK_TIMELINE],
  streamPrefixes: [TASK_STREAM_PREFIX],
  async createTables(manager, tables) {
    await manager.query(`create table if not exists ${ident(tables[TASK_TIMELINE])} (
      task_id text not null, revision bigint not null, event_id text not null, event_type text not null, label text not null,
      summary text not null, actor_id text, actor_role text, actor_unit_id text, occurred_at timestamptz not null, recorded_at timestamptz not null,
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
  readonly summary: string;
  readonly actor: { readonly id: string | null; readonly role: string | null; readonly unitId: string | null };
  readonly occurredAt: string;
  readonly recordedAt: string;
}

export async function queryTimeline(manager: EntityManager, taskId: string, page: number, limit: number): Promise<{ total: number; items: TimelineEntry[] }> {
  const [{ total }] = await manager.query(`select count(*)::int as total from ${TASK_TIMELINE} where task_id = $1`, [taskId]);
  const rows: (Omit<TimelineRow, 'occurred_at' | 'recorded_at' | 'revision'> & { revision: string; occurred_at: Date; recorded_at: Date })[] = await manager.query(
    `select * from ${TASK_TIMELINE} where task_id = $1 order by revision limit $2 offset $3`,
    [taskId, limit, (page - 1) * limit],
  );
  const items = rows.map((row) => ({
    revision: Number(row.revision),
    eventId: row.event_id,
    type: row.event_type,
    label: row.label,
    summary: row.summary,
    actor: { id: row.actor_id, role: row.actor_role, unitId: row.actor_unit_id },
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
  }));
  return { total, items };
}
