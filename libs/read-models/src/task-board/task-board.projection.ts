/**
 * The task board (督办台账): one row per task. A batch is folded per task in memory with the
 * domain's evolve and written with one upsert; a row only moves forward in revision.
 */
import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TASK_STREAM_PREFIX } from '@app/supervision';
import type { Projection, TableNames } from '@app/projector';
import { ident } from '../sql/sql-params';
import { upsertRows } from '../sql/upsert-rows';
import { foldBatchOnto } from '../task-view/fold-batch';
import { TASK_BOARD_COLUMNS, boardRowOf } from './task-board.row';

export const TASK_BOARD = 'task_board';
const logger = new Logger('TaskBoard');

export const taskBoardProjection: Projection = {
  name: 'task-board',
  // 2: an index per indexed sort (key, task_id), so that a page is read in order and stops at its limit.
  schemaVersion: 2,
  tables: [TASK_BOARD],
  streamPrefixes: [TASK_STREAM_PREFIX],
  createTables: createBoardTables,
  async apply(manager, events, tables) {
    const changed = await foldBatchOnto(manager, tables[TASK_BOARD], events);
    await upsertRows(manager, tables[TASK_BOARD], TASK_BOARD_COLUMNS, changed.map((view) => boardRowOf(view.taskId, view)), { key: ['task_id'], onConflict: 'revision' });
  },
  checksumQueries: (tables) => [`select ${TASK_BOARD_COLUMNS.map((c) => ident(c.name)).join(', ')} from ${ident(tables[TASK_BOARD])} order by task_id`],
};

async function createBoardTables(manager: EntityManager, tables: TableNames): Promise<void> {
  const physical = tables[TASK_BOARD];
  const table = ident(physical);
  await manager.query(`create table if not exists ${table} (
    task_id text primary key,
    revision bigint not null,
    programme_id text not null,
    code text not null,
    title text not null,
    description text not null,
    category text not null,
    status text not null,
    lead_unit_id text not null,
    co_unit_ids text[] not null,
    lead_leader_id text not null,
    deadline date not null,
    original_deadline date not null,
    issued_at timestamptz not null,
    updated_at timestamptz not null,
    completed_at timestamptz,
    finished boolean not null,
    completed boolean not null,
    completed_on_time boolean not null,
    stale_since timestamptz,
    progress_percent integer,
    open_urges integer not null,
    state jsonb not null
  )`);
  const index = (suffix: string) => ident(`${physical}_${suffix}`);
  await manager.query(`create index if not exists ${index('programme')} on ${table} (programme_id, status)`);
  await manager.query(`create index if not exists ${index('deadline')} on ${table} (deadline) where not finished`);
  await manager.query(`create index if not exists ${index('lead_unit')} on ${table} (lead_unit_id)`);
  await manager.query(`create index if not exists ${index('co_units')} on ${table} using gin (co_unit_ids)`);
  await manager.query(`create index if not exists ${index('leader')} on ${table} (lead_leader_id)`);
  for (const [suffix, column] of [['by_deadline', 'deadline'], ['by_issued', 'issued_at'], ['by_updated', 'updated_at'], ['by_code', 'code']]) {
    await manager.query(`create index if not exists ${index(suffix)} on ${table} (${column}, task_id)`);
  }
  await createTextSearchIndex(manager, table, index('text_trgm'));
}

/**
 * Free text is an ILIKE over title and description, which is correct with or without pg_trgm; the
 * trigram GIN index (which works on Chinese with a UTF-8 cluster) makes it fast. Where the extension
 * cannot be created (no privilege), the savepoint keeps the transaction alive and the board runs
 * without the index, which an operator must hear about: every search then scans the table.
 */
async function createTextSearchIndex(manager: EntityManager, table: string, index: string): Promise<void> {
  await manager.query('savepoint task_board_trgm');
  try {
    await manager.query('create extension if not exists pg_trgm');
    await manager.query(`create index if not exists ${index} on ${table} using gin ((title || ' ' || description) gin_trgm_ops)`);
    await manager.query('release savepoint task_board_trgm');
  } catch (error) {
    await manager.query('rollback to savepoint task_board_trgm');
    logger.warn(`no trigram index on ${table} (${error instanceof Error ? error.message : String(error)}): board search falls back to plain ILIKE, a full scan`);
  }
}

/** The text the search matches; the query must use this same expression for the index to serve it. */
export function searchableText(alias: string): string {
  return `(${alias}.title || ' ' || ${alias}.description)`;
}
