/**
 * The contract every event store adapter passes: one suite, run against each adapter that is
 * reachable. Stream names are random per test, so a shared server (EventStoreDB) needs no reset.
 */
import { randomUUID } from 'node:crypto';
import { eventually, headShowing } from '@app/testing';
import type { EventStore, EventToAppend, GlobalPosition, RecordedEvent } from '../src/event-store.port';
import { WrongExpectedVersion } from '../src/event-store.errors';
import { comparePositions } from '../src/global-position';

/** An append started but not yet visible: `commit` makes it so. */
export interface HeldAppend {
  commit(): Promise<void>;
}

export interface EventStoreContractOptions {
  /**
   * Opens an append transaction and keeps it open, for adapters where one can be (PostgreSQL):
   * later appends then commit while it is still pending, the case a gap-unsafe reader gets wrong.
   * Without it the contract races a large append against later small ones instead.
   */
  readonly holdAppendOpen?: (streamId: string, events: readonly EventToAppend[]) => Promise<HeldAppend>;
}

export function describeEventStoreContract(
  adapter: string,
  open: () => Promise<EventStore>,
  options: EventStoreContractOptions = {},
): void {
  describe(`the ${adapter} event store`, () => {
    let store: EventStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());

    describe('appending', () => {
      it('creates a stream with no_stream and continues it with its exact revision', async () => {
        const stream = streamName();
        const first = await store.append(stream, [event('TaskIssued'), event('TaskAcknowledged')], 'no_stream');
        expect(first.nextExpectedRevision).toBe(1n);
        const second = await store.append(stream, [event('ProgressReported')], 1n);
        expect(second.nextExpectedRevision).toBe(2n);
        expect(comparePositions(second.position, first.position)).toBeGreaterThan(0);
        expect((await read(store, stream)).map((e) => [e.type, e.revision])).toEqual([
          ['TaskIssued', 0n],
          ['TaskAcknowledged', 1n],
          ['ProgressReported', 2n],
        ]);
      });

      it('appends with any whatever the revision', async () => {
        const stream = streamName();
        await store.append(stream, [event('A')], 'any');
        expect((await store.append(stream, [event('B')], 'any')).nextExpectedRevision).toBe(1n);
      });

      it('refuses a stale expected revision and tells the actual one', async () => {
        const stream = streamName();
        await store.append(stream, [event('A'), event('B')], 'no_stream');
        await expect(store.append(stream, [event('C')], 0n)).rejects.toMatchObject({
          name: 'WrongExpectedVersion',
          actual: 1n,
        });
        await expect(store.append(stream, [event('C')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedVersion);
        await expect(store.append(streamName(), [event('C')], 3n)).rejects.toMatchObject({ actual: -1n });
      });

      it('lets exactly one of twenty concurrent appends with the same expected revision win', async () => {
        const stream = streamName();
        await store.append(stream, [event('A')], 'no_stream');
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, () => store.append(stream, [event('B')], 0n)),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(refused).toHaveLength(19);
        for (const r of refused) expect(r.reason).toBeInstanceOf(WrongExpectedVersion);
        expect(await read(store, stream)).toHaveLength(2);
      });

      it('takes a re-append of the same event ids with the same expected revision as done, writing nothing twice', async () => {
        const stream = streamName();
        const events = [event('A'), event('B')];
        const first = await store.append(stream, events, 'no_stream');
        const again = await store.append(stream, events, 'no_stream');
        expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(comparePositions(again.position, first.position)).toBe(0);
        expect(await read(store, stream)).toHaveLength(2);
      });
    });

    describe('reading a stream', () => {
      it('reads forward up to a revision, and an unknown stream as empty', async () => {
        const stream = streamName();
        await store.append(stream, [event('A', { n: 1 }), event('B', { n: 2 }), event('C', { n: 3 })], 'no_stream');
        expect((await read(store, stream, 1n)).map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
        expect(await read(store, streamName())).toEqual([]);
      });

      it('reads only the tail from a revision on, and nothing past the end', async () => {
        const stream = streamName();
        await store.append(stream, [event('A', { n: 1 }), event('B', { n: 2 }), event('C', { n: 3 })], 'no_stream');
        const from = async (fromRevision: bigint) => {
          const events: RecordedEvent[] = [];
          for await (const e of store.readStream(stream, { fromRevision })) events.push(e);
          return events.map((e) => [e.revision, e.data]);
        };
        expect(await from(1n)).toEqual([
          [1n, { n: 2 }],
          [2n, { n: 3 }],
        ]);
        expect(await from(3n)).toEqual([]);
      });

      it('gives back data and metadata as written, Chinese text included', async () => {
        const stream = streamName();
        const written = event('TaskIssued', {
          title: '规范推进未成年人检察业务统一集中办理',
          nested: { list: [1, 'é', null] },
        });
        await store.append(stream, [written], 'no_stream');
        const [stored] = await read(store, stream);
        expect(stored).toMatchObject({
          id: written.id,
          type: 'TaskIssued',
          streamId: stream,
          revision: 0n,
          data: written.data,
          metadata: written.metadata,
        });
        expect(stored.recordedAt).toBeInstanceOf(Date);
      });

      it('records the recorded time the writer gives (the hash chain covers it), to the millisecond, metadata unchanged', async () => {
        const stream = streamName();
        const recordedAt = new Date('2026-03-02T01:02:03.456Z');
        const written = { ...event('TaskIssued'), recordedAt };
        await store.append(stream, [written, event('TaskAcknowledged')], 'no_stream');
        const [stored, unstamped] = await read(store, stream);
        expect(stored.recordedAt.toISOString()).toBe('2026-03-02T01:02:03.456Z');
        expect(stored.metadata).toEqual(written.metadata);
        expect(unstamped.recordedAt.getTime()).toBeGreaterThan(recordedAt.getTime());
      });
    });

    describe('the global log', () => {
      it('keeps the order of appends across streams, filtered by prefix, batch after batch', async () => {
        const prefix = `ord${randomUUID().slice(0, 8)}-`;
        const appended: string[] = [];
        for (let i = 0; i < 7; i++) {
          const e = event(`E${i}`);
          await store.append(`${prefix}${i % 3}`, [e], 'any');
          appended.push(e.id);
        }
        const { position: last } = await store.append(streamName(), [event('Elsewhere')], 'no_stream');
        await headShowing(store, last);
        const batches: RecordedEvent[][] = [];
        for await (const batch of store.readAll({ streamPrefixes: [prefix], batchSize: 3 })) batches.push(batch);
        const read = batches.flat();
        expect(read.map((e) => e.id)).toEqual(appended);
        for (let i = 1; i < read.length; i++)
          expect(comparePositions(read[i].position, read[i - 1].position)).toBeGreaterThan(0);
        const rest: string[] = [];
        for await (const batch of store.readAll({ streamPrefixes: [prefix], after: read[3].position }))
          rest.push(...batch.map((e) => e.id));
        expect(rest).toEqual(appended.slice(4));
      });

      it('knows its head position', async () => {
        const stream = streamName();
        const { position } = await store.append(stream, [event('Last')], 'no_stream');
        await headShowing(store, position);
        expect(comparePositions(await store.headPosition(), position)).toBeGreaterThanOrEqual(0);
      });
    });

    describe('subscribing', () => {
      it('catches up, then follows live, exactly once and in order, until aborted', async () => {
        const prefix = `sub${randomUUID().slice(0, 8)}-`;
        const before = [event('Before1'), event('Before2')];
        await store.append(`${prefix}a`, before, 'no_stream');
        const controller = new AbortController();
        const received: string[] = [];
        const done = (async () => {
          for await (const e of store.subscribe({ streamPrefixes: [prefix], signal: controller.signal })) {
            received.push(e.id);
            if (received.length === 5) controller.abort();
          }
        })();
        await eventually(() => received.length === 2);
        const live = [event('Live1'), event('Live2'), event('Live3')];
        await store.append(`${prefix}b`, [live[0]], 'no_stream');
        await store.append(`${prefix}a`, [live[1], live[2]], 1n);
        await done;
        expect(received).toEqual([...before, ...live].map((e) => e.id));
      });

      it('starts after a given position: exactly the events after it, then live ones', async () => {
        const prefix = `from${randomUUID().slice(0, 8)}-`;
        const stream = `${prefix}a`;
        const earlier = [event('Earlier1'), event('Earlier2')];
        const { position } = await store.append(stream, earlier, 'no_stream');
        const after = [event('After1'), event('After2')];
        await store.append(stream, after, 1n);
        const controller = new AbortController();
        const received: string[] = [];
        const done = (async () => {
          for await (const e of store.subscribe({
            streamPrefixes: [prefix],
            after: position,
            signal: controller.signal,
          })) {
            received.push(e.id);
            if (received.length === 3) controller.abort();
          }
        })();
        await eventually(() => received.length === 2);
        const live = event('Live');
        await store.append(`${prefix}b`, [live], 'no_stream');
        await done;
        expect(received).toEqual([...after, live].map((e) => e.id));
      });

      it('neither skips nor reorders an append still pending while later appends commit', async () => {
        const prefix = `gap${randomUUID().slice(0, 8)}-`;
        await store.append(`${prefix}z`, [event('Earlier')], 'no_stream');
        const received: RecordedEvent[] = [];
        const controller = new AbortController();
        const subscription = (async () => {
          for await (const e of store.subscribe({ streamPrefixes: [prefix], signal: controller.signal }))
            received.push(e);
        })();
        await eventually(() => received.length === 1);

        const slow = Array.from({ length: 50 }, (_, i) => event(`Slow${i}`, { i, padding: '督'.repeat(2000) }));
        const pending = await (options.holdAppendOpen ?? raceAppend(store))(`${prefix}a`, slow);
        await store.append(`${prefix}b`, [event('Quick1')], 'no_stream');
        await store.append(`${prefix}c`, [event('Quick2')], 'no_stream');
        // What a reader sees now must stay the start of the log: nothing may later be placed before it.
        const visibleWhilePending = await readAllIds(store, prefix);
        await eventually(() => visibleWhilePending.every((id) => received.some((e) => e.id === id)));

        await pending.commit();
        // An append after the commit: once readers see it, they see everything before it.
        const marker = await store.append(`${prefix}y`, [event('Last')], 'no_stream');
        await headShowing(store, marker.position);
        const log = await readAllIds(store, prefix);
        expect(log).toHaveLength(1 + slow.length + 2 + 1);
        expect(log.slice(0, visibleWhilePending.length)).toEqual(visibleWhilePending);
        await eventually(() => received.length >= log.length);
        controller.abort();
        await subscription;
        expect(received.map((e) => e.id)).toEqual(log);
        expectIncreasing(received.map((e) => e.position));
      });
    });
  });
}

/** Without a way to hold a transaction open: fire a large append and let later small ones race it. */
function raceAppend(store: EventStore): NonNullable<EventStoreContractOptions['holdAppendOpen']> {
  return async (streamId, events) => {
    const appended = store.append(streamId, events, 'no_stream');
    appended.catch(() => undefined); // its failure is reported by commit(), not as an unhandled rejection
    return { commit: async () => void (await appended) };
  };
}

async function readAllIds(store: EventStore, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const batch of store.readAll({ streamPrefixes: [prefix] })) ids.push(...batch.map((e) => e.id));
  return ids;
}

function expectIncreasing(positions: readonly GlobalPosition[]): void {
  for (let i = 1; i < positions.length; i++)
    expect(comparePositions(positions[i], positions[i - 1])).toBeGreaterThan(0);
}

export function streamName(): string {
  return `contract-${randomUUID()}`;
}

export function event(type: string, data: Record<string, unknown> = { at: new Date().toISOString() }): EventToAppend {
  return { id: randomUUID(), type, data, metadata: { actorId: 'contract-suite', correlationId: randomUUID() } };
}

export async function read(store: EventStore, stream: string, toRevision?: bigint): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const e of store.readStream(stream, { toRevision })) events.push(e);
  return events;
}
