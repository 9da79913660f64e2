/**
 * The board's read (GET /api/tasks) for a set of filters, and the filters it opens with: shared by the
 * board's page and the route, which starts the first read while the page's code is still loading.
 */
import { api, unwrap } from './api/client';

export type BoardSort = 'deadline' | 'issuedAt' | 'updatedAt' | 'code' | 'title' | 'status' | 'progress';

export interface BoardFilters {
  q?: string;
  status: string[];
  light: string[];
  unit?: string;
  leader?: string;
  programme?: string;
  overdue?: boolean;
  stale?: boolean;
  sort: BoardSort;
  order: 'asc' | 'desc';
  page: number;
  limit: number;
}

export const INITIAL_BOARD_FILTERS: BoardFilters = {
  status: [],
  light: [],
  sort: 'deadline',
  order: 'asc',
  page: 1,
  limit: 20,
};

/** The filters the board opens with: the initial ones, narrowed to a programme a link names (/board?programme=…). */
export function boardFiltersFrom(search: string): BoardFilters {
  const programme = new URLSearchParams(search).get('programme');
  return programme ? { ...INITIAL_BOARD_FILTERS, programme } : INITIAL_BOARD_FILTERS;
}

/** The board's filters and sort as GET /api/tasks takes them, without the page: the 台账 export sends the same. */
export function boardFilterQuery(filters: BoardFilters) {
  return {
    q: filters.q || undefined,
    status: filters.status.length ? filters.status.join(',') : undefined,
    light: filters.light.length ? filters.light.join(',') : undefined,
    unit: filters.unit,
    leader: filters.leader,
    programme: filters.programme,
    overdue: filters.overdue,
    stale: filters.stale,
    sort: filters.sort,
    order: filters.order,
  };
}

export function boardQuery(filters: BoardFilters) {
  const query = { ...boardFilterQuery(filters), page: filters.page, limit: filters.limit };
  return {
    queryKey: ['board', query] as const,
    queryFn: () => unwrap(api.GET('/api/tasks', { params: { query } })),
  };
}
