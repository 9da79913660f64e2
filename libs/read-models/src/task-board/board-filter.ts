/** What the board can be asked: filters, sort and page. Plain data; the API checks and builds it. */
import type { TaskStatus, TrafficLight } from '@app/supervision';

export interface BoardFilter {
  readonly programmeId?: string;
  readonly statuses?: readonly TaskStatus[];
  readonly categories?: readonly string[];
  /** Lead unit or co-unit. */
  readonly unitId?: string;
  readonly leaderId?: string;
  readonly lights?: readonly TrafficLight[];
  readonly overdue?: boolean;
  readonly stale?: boolean;
  /** Deadline in force strictly before this date. */
  readonly dueBefore?: string;
  /** Deadline in force strictly after this date. */
  readonly dueAfter?: string;
  /** Free text, matched anywhere in the title or the description (Chinese included). */
  readonly q?: string;
  /**
   * Set when the reader sees other units' tasks only as the board's public row (a unit member):
   * `q` then matches the description only on tasks this unit leads or co-operates on (on none when
   * null), and the title everywhere, so a search cannot test guesses about a description the
   * reader may not read.
   */
  readonly descriptionReadableByUnit?: string | null;
}

export const BOARD_SORT_FIELDS = ['deadline', 'issuedAt', 'updatedAt', 'code', 'title', 'status', 'progress'] as const;
export type BoardSortField = (typeof BOARD_SORT_FIELDS)[number];

export interface BoardPageRequest {
  readonly sort: BoardSortField;
  readonly order: 'asc' | 'desc';
  /** 1-based; ignored when `after` is given. */
  readonly page: number;
  readonly limit: number;
  /** A page's `nextCursor`: the page after it, found by the index instead of by skipping rows. */
  readonly after?: string;
}
