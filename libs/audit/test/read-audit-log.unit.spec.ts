import { comparePositions, type EventStore, type RecordedEvent } from '@app/event-store';
import { acknowledged, issued, logStore, recorded } from './audit.fixtures';
import { readAuditLogAsOfStart } from '../src/read-audit-log';

describe('reading the log as it stood when the read began', () => {
  const [first, second, third, appended] = recorded([
    issued('t1', '2026-01', '2026-12-31', '2026-03-02T01:00:00.000Z'),
    acknowledged('t1', '2026-03-03T01:00:00.000Z'),
    issued('t2', '2026-02', '2026-12-31', '2026-03-04T01:00:00.000Z'),
    acknowledged('t2', '2026-03-05T01:00:00.000Z'),
  ]);

  it('leaves out an event appended while the answer streams', async () => {
    const { store, append } = givenGrowingLog([first, second, third]);
    const read: string[] = [];
    for await (const batch of readAuditLogAsOfStart(store, {}, 2)) {
      read.push(...batch.map((event) => event.id));
      // After the first batch is out, someone appends: the store's own read would go on to it.
      if (read.length === 2) append(appended);
    }
    expect(read).toEqual([first.id, second.id, third.id]);
  });

  it('keeps a toPosition that was asked', async () => {
    const { store } = givenGrowingLog([first, second, third]);
    const read: string[] = [];
    for await (const batch of readAuditLogAsOfStart(store, { toPosition: second.position }, 2))
      read.push(...batch.map((event) => event.id));
    expect(read).toEqual([first.id, second.id]);
  });

  it('reads nothing from a log empty when the read began', async () => {
    const { store, append } = givenGrowingLog([]);
    const batches = readAuditLogAsOfStart(store, {}, 2)[Symbol.asyncIterator]();
    const head = batches.next();
    append(first);
    expect(await head).toEqual({ done: true, value: undefined });
  });
});

/** A store whose readAll pages through the log as it is at each page, as the real ones do, so it follows appends. */
function givenGrowingLog(initial: readonly RecordedEvent[]): { store: EventStore; append(event: RecordedEvent): void } {
  const events = [...initial];
  const store: EventStore = {
    ...logStore(events),
    headPosition: async () => events.at(-1)?.position ?? { commit: 0n, prepare: 0n },
    readAll: async function* ({ after, batchSize = 2 } = {}) {
      let from = after ? events.findIndex((event) => comparePositions(event.position, after) > 0) : 0;
      while (from >= 0 && from < events.length) {
        yield events.slice(from, from + batchSize);
        from += batchSize;
      }
    },
  };
  return { store, append: (event) => void events.push(event) };
}
