/**
 * The board's keyset cursor: where the last page ended, as the sort key's value and the task id of
 * its last row, with the sort it belongs to. Opaque to clients (base64url JSON); a cursor of another
 * sort or order, or one that does not decode, is refused rather than read as something else.
 */
import type { BoardSortField } from './board-filter';

export interface BoardCursor {
  readonly sort: BoardSortField;
  readonly order: 'asc' | 'desc';
  /** The sort key of the last row, as PostgreSQL wrote it (text), cast back by the query. */
  readonly key: string;
  readonly taskId: string;
}

export class BadBoardCursor extends Error {
  readonly code = 'BAD_CURSOR';
}

export function encodeBoardCursor(cursor: BoardCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.key, cursor.taskId]), 'utf8').toString(
    'base64url',
  );
}

export function decodeBoardCursor(text: string, sort: BoardSortField, order: 'asc' | 'desc'): BoardCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new BadBoardCursor('after must be the nextCursor of an earlier page of the board');
  }
  if (!Array.isArray(parts) || parts.length !== 4 || !parts.every((part) => typeof part === 'string')) {
    throw new BadBoardCursor('after must be the nextCursor of an earlier page of the board');
  }
  const [cursorSort, cursorOrder, key, taskId] = parts;
  if (cursorSort !== sort || cursorOrder !== order) {
    throw new BadBoardCursor(
      `after belongs to the board sorted by ${cursorSort} ${cursorOrder}, not by ${sort} ${order}: give the same sort and order`,
    );
  }
  return { sort, order, key, taskId };
}
