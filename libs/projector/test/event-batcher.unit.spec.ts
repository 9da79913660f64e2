import { randomUUID } from 'node:crypto';
import { EventBatcher } from '../src/event-batcher';
import { InMemoryEventStore } from './support/in-memory-event-store';

describe('the event batcher', () => {
  const abort = new AbortController();
  afterAll(() => abort.abort());

  async function storeWith(count: number): Promise<InMemoryEventStore> {
    const store = new InMemoryEventStore();
    for (let index = 0; index < count; index++)
      await store.append(
        `task-${index % 3}`,
        [{ id: randomUUID(), type: 'ThingHappened', data: {}, metadata: {} }],
        'any',
      );
    return store;
  }

  it('closes a batch at its size limit while catching up', async () => {
    const store = await storeWith(25);
    const batcher = new EventBatcher(store.subscribe({ signal: abort.signal }), {
      maxEvents: 10,
      windowMs: 1_000,
      idleMs: 1_000,
    });

    const sizes = [];
    for (let batch = 0; batch < 3; batch++) {
      const item = await batcher.next();
      sizes.push(item?.kind === 'batch' ? item.events.length : -1);
    }
    batcher.close();

    expect(sizes).toEqual([10, 10, 5]);
  });

  it('doubles its batches while they close full, up to the catch-up size, and says when a batch is not part of a backlog', async () => {
    // Given a backlog of 100 events, batches of 10 that may grow to 40.
    const store = await storeWith(100);
    const batcher = new EventBatcher(store.subscribe({ signal: abort.signal }), {
      maxEvents: 10,
      catchUpEvents: 40,
      windowMs: 1_000,
      idleMs: 1_000,
    });

    // When the runner takes them all, then one more event comes after the backlog.
    const sizes = [];
    const behind = [];
    for (let batch = 0; batch < 5; batch++) {
      const item = await batcher.next();
      sizes.push(item?.kind === 'batch' ? item.events.length : -1);
      behind.push(item?.kind === 'batch' && item.behind);
    }
    await store.append('task-late', [{ id: randomUUID(), type: 'Late', data: {}, metadata: {} }], 'any');
    await store.append('task-late', [{ id: randomUUID(), type: 'Later', data: {}, metadata: {} }], 'any');
    let late = await batcher.next();
    while (late?.kind === 'idle') late = await batcher.next();
    batcher.close();

    // Then the batches grew 10, 20, 40, the rest came as one (still a backlog: more than a live batch), idle
    // followed, and the late events, fewer than a live batch, are not behind.
    expect(sizes).toEqual([10, 20, 40, 30, -1]);
    expect(behind).toEqual([true, true, true, true, false]);
    expect(late?.kind === 'batch' && late.behind).toBe(false);
  });

  it('closes a small batch when its time window is over', async () => {
    const store = await storeWith(3);
    const batcher = new EventBatcher(store.subscribe({ signal: abort.signal }), {
      maxEvents: 500,
      windowMs: 30,
      idleMs: 1_000,
    });
    const started = Date.now();

    const item = await batcher.next();
    batcher.close();

    expect(item?.kind === 'batch' && item.events.map((event) => event.position.prepare)).toEqual([1n, 2n, 3n]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('says idle when nothing arrives, and hands out what arrives later in log order', async () => {
    const store = await storeWith(0);
    const batcher = new EventBatcher(store.subscribe({ signal: abort.signal }), {
      maxEvents: 10,
      windowMs: 5,
      idleMs: 20,
    });

    expect(await batcher.next()).toEqual({ kind: 'idle' });
    await store.append('task-9', [{ id: randomUUID(), type: 'Late', data: {}, metadata: {} }], 'any');
    let item = await batcher.next();
    while (item?.kind === 'idle') item = await batcher.next();
    batcher.close();

    expect(item?.kind === 'batch' && item.events.map((event) => event.type)).toEqual(['Late']);
  });

  it('ends after the events of a finished source, and rethrows the failure of a broken one', async () => {
    async function* broken() {
      yield (await storeWith(1)).log[0];
      throw new Error('connection lost');
    }
    const batcher = new EventBatcher(broken(), { maxEvents: 10, windowMs: 5, idleMs: 20 });

    expect((await batcher.next())?.kind).toBe('batch');
    await expect(batcher.next()).rejects.toThrow('connection lost');
  });
});
