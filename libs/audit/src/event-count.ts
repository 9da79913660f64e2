/**
 * How many events a PostgreSQL log holds, for a progress bar's total: read from the streams' recorded
 * heads (one row per stream) rather than by counting every event. An estimate: a lost tail still counts.
 */
export const RECORDED_EVENT_COUNT_SQL = `select coalesce(sum(revision + 1), 0)::text as count from event_streams`;

export function recordedEventCount(rows: readonly { count: string }[]): number {
  return Number(rows[0]?.count ?? 0);
}
