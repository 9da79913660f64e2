/** Turning rows of the events table into the port's RecordedEvent. */
import type { RecordedEvent } from '../event-store.port';

export interface EventRow {
  readonly global_position: string;
  readonly transaction_id: string;
  readonly stream_id: string;
  readonly stream_revision: string;
  readonly event_id: string;
  readonly event_type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  readonly recorded_at: Date;
}

export const EVENT_COLUMNS =
  'global_position, transaction_id, stream_id, stream_revision, event_id, event_type, data, metadata, recorded_at';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    streamId: row.stream_id,
    revision: BigInt(row.stream_revision),
    position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.global_position) },
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}

/** Whether a stream id starts with one of the prefixes; undefined when there is no filter (every stream). */
export function streamMatcher(prefixes: readonly string[] | undefined): ((streamId: string) => boolean) | undefined {
  if (!prefixes || prefixes.length === 0) return undefined;
  return (streamId) => prefixes.some((prefix) => streamId.startsWith(prefix));
}
