/** Small reads of the global log that several parts of the runtime need. */
import { START, comparePositions, type EventStore, type GlobalPosition, type RecordedEvent } from '@app/event-store';

/** The first event after `after` in the given streams, or undefined when there is none yet. */
export async function firstEventAfter(store: EventStore, after: GlobalPosition, streamPrefixes: readonly string[]): Promise<RecordedEvent | undefined> {
  for await (const batch of store.readAll({ after: optionalAfter(after), streamPrefixes, batchSize: 1 })) {
    if (batch.length > 0) return batch[0];
  }
  return undefined;
}

/** Counts events of the given streams in (after, upTo], stopping at `cap`. */
export async function countEventsBetween(
  store: EventStore,
  after: GlobalPosition,
  upTo: GlobalPosition,
  streamPrefixes: readonly string[],
  cap: number,
): Promise<{ count: number; capped: boolean }> {
  let count = 0;
  for await (const batch of store.readAll({ after: optionalAfter(after), streamPrefixes, batchSize: 1000 })) {
    for (const event of batch) {
      if (comparePositions(event.position, upTo) > 0) return { count, capped: false };
      if (++count >= cap) return { count, capped: true };
    }
  }
  return { count, capped: false };
}

/** The port reads "after START" as "from the beginning", but an adapter need not: say it by omission. */
export function optionalAfter(position: GlobalPosition): GlobalPosition | undefined {
  return comparePositions(position, START) === 0 ? undefined : position;
}
