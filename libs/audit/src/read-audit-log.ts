/**
 * Reads the log for an audit in order and in batches, so a caller holds one batch at a time
 * whatever the size of the log: the global log through readAll, one stream through readStream.
 */
import { comparePositions, type EventStore, type RecordedEvent } from '@app/event-store';
import { matchesFilter, positionBefore, type AuditFilter } from './audit-filter';

export const AUDIT_BATCH_SIZE = 500;

export async function* readAuditLog(
  store: EventStore,
  filter: AuditFilter = {},
  batchSize = AUDIT_BATCH_SIZE,
): AsyncIterable<RecordedEvent[]> {
  const source =
    filter.stream !== undefined
      ? batched(store.readStream(filter.stream), batchSize)
      : store.readAll({ after: filter.fromPosition ? positionBefore(filter.fromPosition) : undefined, batchSize });
  for await (const batch of source) {
    const passed = filter.toPosition
      ? batch.filter((event) => comparePositions(event.position, filter.toPosition!) <= 0)
      : batch;
    const kept = passed.filter((event) => matchesFilter(event, filter));
    if (kept.length > 0) yield kept;
    // The log is in position order: once past toPosition nothing later can match.
    if (passed.length < batch.length) return;
  }
}

/**
 * The log as it stood when the read began: without a toPosition the read is capped at the head read
 * first, so a long answer neither follows events appended while it streams nor depends on how fast
 * the client reads.
 */
export async function* readAuditLogAsOfStart(
  store: EventStore,
  filter: AuditFilter = {},
  batchSize = AUDIT_BATCH_SIZE,
): AsyncIterable<RecordedEvent[]> {
  const toPosition = filter.toPosition ?? (await store.headPosition());
  yield* readAuditLog(store, { ...filter, toPosition }, batchSize);
}

async function* batched(events: AsyncIterable<RecordedEvent>, size: number): AsyncIterable<RecordedEvent[]> {
  let batch: RecordedEvent[] = [];
  for await (const event of events) {
    batch.push(event);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Whether a stream has any event (an unknown task is a 404, a task with no match for a filter is not). */
export async function streamExists(store: EventStore, streamId: string): Promise<boolean> {
  for await (const _event of store.readStream(streamId, { toRevision: 0n })) return true;
  return false;
}
