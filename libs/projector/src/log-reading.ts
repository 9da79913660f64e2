/** Small reads of the global log that several parts of the runtime need. */
import { START, comparePositions, type EventStore, type GlobalPosition } from '@app/event-store';

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
