/**
 * The task board (督办台账): one row per task. A batch is folded per task in memory with the
 * domain's evolve and written with one upsert; a row only moves forward in revision.
 */
import { Logger } from '@nestjs/common';
import { TASK_STATE_VERSION, TASK_STREAM_PREFIX } from '@app/supervision';
import type { Projection } from '@app/projector';
import { ident } from '../sql/sql-params';
import { checksumQuery, createTable, schemaVersionOf, upsertRows } from '../sql/read-model-table';
import { foldBatchOnto } from '../task-view/fold-batch';
import { TASK_BOARD, TASK_BOARD_TABLE, boardRowOf } from './task-board.row';

export { TASK_BOARD } from './task-board.row';
const logger = new Logger('TaskBoard');

export const taskBoardProjection: Projection = {
  name: 'task-board',
  // The rows hold the whole Task: its shape's version is part of the board's.
  schemaVersion: schemaVersionOf(TASK_BOARD_TABLE.shapeVersion, TASK_STATE_VERSION),
  tables: [TASK_BOARD],
  streamPrefixes: [TASK_STREAM_PREFIX],
  // Without pg_trgm (no privilege to create it) the board works, but an operator must hear that every search then scans.
  createTables: (manager, tables) =>
    createTable(manager, TASK_BOARD_TABLE, tables[TASK_BOARD], (_index, physical, reason) =>
      logger.warn(
        `no trigram index on ${ident(physical)} (${reason}): board search falls back to plain ILIKE, a full scan`,
      ),
    ),
  async apply(manager, events, tables) {
    const changed = await foldBatchOnto(manager, tables[TASK_BOARD], events);
    await upsertRows(
      manager,
      TASK_BOARD_TABLE,
      tables[TASK_BOARD],
      changed.map((view) => boardRowOf(view.taskId, view)),
      { onConflict: 'revision' },
    );
  },
  checksumQueries: (tables) => [checksumQuery(TASK_BOARD_TABLE, tables[TASK_BOARD])],
};

/** The text the search matches; the query must use this same expression for the index to serve it. */
export function searchableText(alias: string): string {
  return `(${alias}.title || ' ' || ${alias}.description)`;
}
