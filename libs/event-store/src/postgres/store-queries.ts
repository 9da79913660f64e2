/**
 * Every statement the PostgreSQL adapter runs on `events`, in one place so that the plan spec
 * (store-query-plans.int.spec.ts) EXPLAINs exactly these texts over a large log. Each is one range
 * or point of an index: none may grow with the log, and none filters on stream prefixes (readers
 * filter the pages they read, so a filter never decides how far a query scans).
 */
import { EVENT_COLUMNS } from './event-rows';

/** Only transactions older than every running one are visible: a late commit can never be skipped. */
const VISIBLE = 'transaction_id < pg_snapshot_xmin(pg_current_snapshot())';

export const STORE_QUERIES = {
  /** $1 stream, $2 after revision, $3 up to revision or null, $4 limit. */
  readStream: `select ${EVENT_COLUMNS} from events
    where stream_id = $1 and stream_revision > $2 and ($3::bigint is null or stream_revision <= $3)
    order by stream_revision limit $4`,
  /** $1, $2 the position after which to read, $3 limit: the next page of the global log. */
  readLog: `select ${EVENT_COLUMNS} from events
    where (transaction_id, global_position) > ($1::xid8, $2::bigint) and ${VISIBLE}
    order by transaction_id, global_position limit $3`,
  /** $1, $2 a position: is anything committed past it, visible or still held back? */
  committedPast: `select (select global_position from events
    where (transaction_id, global_position) > ($1::xid8, $2::bigint)
    order by transaction_id, global_position limit 1) is not null as held`,
  head: `select transaction_id, global_position from events where ${VISIBLE}
    order by transaction_id desc, global_position desc limit 1`,
} as const;
