/**
 * The command path with kept folds (StreamStates): a command reads only what its stream gained since
 * the fold kept of it, or nothing when its id is new; and a fold that fell behind (another process
 * appended) never decides a command: what the stream holds does.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@app/testing';
import { PostgresEventStore } from '../../src/postgres/postgres-event-store';
import { handleCommand, type CommandDecider, type CommandEnvelope } from '../../src/handle-command';
import { StreamStates } from '../../src/stream-states';
import { WrongExpectedVersion } from '../../src/event-store.errors';
import { GENESIS_HASH, hashEvent } from '../../src/hash-chain';
import type { EventStore, ReadStreamOptions, RecordedEvent } from '../../src/event-store.port';

/** A counter that can be closed and reopened: enough rules to be refused on a stale state. */
interface Counter {
  readonly count: number;
  readonly closed: boolean;
}
type CounterCommand = { type: 'Add' } | { type: 'Close' } | { type: 'Reopen' };
type CounterEvent =
  | { type: 'Added'; data: { countBefore: number } }
  | { type: 'Closed'; data: object }
  | { type: 'Reopened'; data: object };

const counter: CommandDecider<CounterCommand, Counter, CounterEvent, undefined> = {
  initialState: () => ({ count: 0, closed: false }),
  decode: (recorded) => ({ type: recorded.type, data: recorded.data }) as CounterEvent,
  evolve: (state, event) =>
    event.type === 'Added' ? { ...state, count: state.count + 1 } : { ...state, closed: event.type === 'Closed' },
  decide: (command, state) => {
    switch (command.type) {
      case 'Add':
        if (state.closed) throw new Error('closed');
        return [{ type: 'Added', data: { countBefore: state.count } }];
      case 'Close':
        return state.closed ? [] : [{ type: 'Closed', data: {} }];
      case 'Reopen':
        if (!state.closed) throw new Error('not closed');
        return [{ type: 'Reopened', data: {} }];
    }
  },
};

/** The store, counting what the command path reads of streams. */
class CountingStore {
  reads = 0;
  eventsRead = 0;
  readonly store: EventStore;
  constructor(readonly inner: EventStore) {
    this.store = new Proxy(inner, {
      get: (target, name) =>
        name === 'readStream'
          ? (streamId: string, options?: ReadStreamOptions) => this.readStream(streamId, options)
          : Reflect.get(target, name, target),
    });
  }
  private async *readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    this.reads++;
    for await (const event of this.inner.readStream(streamId, options)) {
      this.eventsRead++;
      yield event;
    }
  }
}

/** Each event hashes to its recorded hash and names the one before it as its previous: the chain a verifier checks. */
function chainHolds(events: readonly RecordedEvent[]): boolean {
  return events.every(
    (event, index) =>
      event.metadata.prevHash === (index === 0 ? GENESIS_HASH : events[index - 1].metadata.hash) &&
      event.metadata.hash === hashEvent(event),
  );
}

const envelope = (overrides: Partial<CommandEnvelope> = {}): CommandEnvelope => {
  const commandId = overrides.commandId ?? randomUUID();
  return {
    commandId,
    newCommandId: overrides.commandId === undefined,
    metadata: { actorId: 'kept-folds-spec', commandName: 'counter' },
    ...overrides,
  };
};

describe('the command path with kept folds', () => {
  let postgres: PostgresEventStore;
  beforeAll(async () => {
    postgres = await PostgresEventStore.open({ connectionString: await createTestDatabase('keptfolds') });
  });
  afterAll(() => postgres.close());

  /** One API process: its own store view and its own kept folds. */
  const process_ = () => {
    const counting = new CountingStore(postgres);
    const states = new StreamStates();
    return {
      counting,
      run: (stream: string, command: CounterCommand, env: CommandEnvelope = envelope()) =>
        handleCommand(counting.store, stream, counter, command, undefined, env, states),
    };
  };
  const read = async (stream: string) => {
    const events: RecordedEvent[] = [];
    for await (const event of postgres.readStream(stream)) events.push(event);
    return events;
  };

  it('reads nothing of a stream it folded last for a command with a new id, and keeps the hash chain whole', async () => {
    const stream = `kept-${randomUUID()}`;
    const api = process_();
    await api.run(stream, { type: 'Add' });
    const readsAfterFirst = api.counting.reads;
    await api.run(stream, { type: 'Add' });
    const third = await api.run(stream, { type: 'Add' });
    expect(api.counting.reads).toBe(readsAfterFirst);
    expect(third.revision).toBe(2n);
    const events = await read(stream);
    expect(events.map((event) => event.data)).toEqual([{ countBefore: 0 }, { countBefore: 1 }, { countBefore: 2 }]);
    expect(chainHolds(events)).toBe(true);
  });

  it('reads only the events since the kept fold for a command whose id may have been seen (a client key)', async () => {
    const stream = `kept-${randomUUID()}`;
    const api = process_();
    for (let i = 0; i < 5; i++) await api.run(stream, { type: 'Add' });
    const before = api.counting.eventsRead;
    const keyed = envelope({ commandId: randomUUID(), fingerprint: 'f1' });
    await api.run(stream, { type: 'Add' }, keyed);
    expect(api.counting.eventsRead).toBe(before);
    // The retry under the same key answers the first result, from the kept fold.
    expect(await api.run(stream, { type: 'Add' }, keyed)).toMatchObject({ revision: 5n, replayed: true });
  });

  it('decides on what the stream holds when another process appended since the fold was kept', async () => {
    const stream = `kept-${randomUUID()}`;
    const first = process_();
    const second = process_();
    await first.run(stream, { type: 'Add' });
    await second.run(stream, { type: 'Add' });
    const result = await first.run(stream, { type: 'Add' });
    expect(result.revision).toBe(2n);
    expect((await read(stream)).map((event) => event.data)).toEqual([
      { countBefore: 0 },
      { countBefore: 1 },
      { countBefore: 2 },
    ]);
    expect(chainHolds(await read(stream))).toBe(true);
  });

  it('decides again on the stream a command its kept fold refused, and accepts it when the stream allows it', async () => {
    const stream = `kept-${randomUUID()}`;
    const first = process_();
    const second = process_();
    await first.run(stream, { type: 'Add' });
    await second.run(stream, { type: 'Close' });
    // The kept fold is open, where Reopen is refused; the stream is closed.
    expect(await first.run(stream, { type: 'Reopen' })).toMatchObject({ revision: 2n, appendedEvents: 1 });
  });

  it('refuses on the stream, not on the kept fold, a command the stream forbids', async () => {
    const stream = `kept-${randomUUID()}`;
    const first = process_();
    const second = process_();
    await first.run(stream, { type: 'Add' });
    await second.run(stream, { type: 'Close' });
    await expect(first.run(stream, { type: 'Add' })).rejects.toThrow('closed');
    expect(await read(stream)).toHaveLength(2);
  });

  it('does not take nothing to do on the kept fold for the answer when the stream has moved on', async () => {
    const stream = `kept-${randomUUID()}`;
    const first = process_();
    const second = process_();
    await first.run(stream, { type: 'Add' });
    await first.run(stream, { type: 'Close' });
    await second.run(stream, { type: 'Reopen' });
    // Closed on the kept fold, so Close would do nothing there; the stream is open again.
    expect(await first.run(stream, { type: 'Close' })).toMatchObject({ revision: 3n, appendedEvents: 1 });
  });

  it('checks an If-Match against the stream when the kept fold is behind it, and a stale one still fails', async () => {
    const stream = `kept-${randomUUID()}`;
    const first = process_();
    const second = process_();
    await first.run(stream, { type: 'Add' });
    await second.run(stream, { type: 'Add' });
    expect(await first.run(stream, { type: 'Add' }, envelope({ expectedRevision: 1n }))).toMatchObject({
      revision: 2n,
    });
    await second.run(stream, { type: 'Add' });
    await expect(first.run(stream, { type: 'Add' }, envelope({ expectedRevision: 2n }))).rejects.toMatchObject({
      name: WrongExpectedVersion.name,
      actual: 3n,
    });
  });

  it('answers the first result to a retry whose first run another process recorded', async () => {
    const stream = `kept-${randomUUID()}`;
    const first = process_();
    const second = process_();
    await first.run(stream, { type: 'Add' });
    const keyed = envelope({ commandId: randomUUID(), fingerprint: 'f2' });
    const original = await second.run(stream, { type: 'Add' }, keyed);
    expect(await first.run(stream, { type: 'Add' }, keyed)).toEqual({ ...original, replayed: true, appendedEvents: 0 });
    expect(await read(stream)).toHaveLength(2);
  });
});
