/** What only the PostgreSQL adapter has to prove: gap-safe order, an append-only table, its schema, its polling fallback. */
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '../../../testing/src/test-database';
import { event, read, waitFor } from '../event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';
import { migrateEventStore } from './migrate';

describe('the PostgreSQL event store', () => {
  let url: string;
  let store: PostgresEventStore;
  beforeAll(async () => {
    url = await createTestDatabase('pgstore');
    store = await PostgresEventStore.open({ connectionString: url, pollIntervalMs: 100 });
  });
  afterAll(() => store.close());

  describe('when an append transaction is still open while later ones commit', () => {
    it('neither skips nor reorders it: readers see nothing past it until it commits, then it first', async () => {
      const prefix = `gap-${randomUUID().slice(0, 8)}-`;
      const earlier = event('Earlier');
      await store.append(`${prefix}z`, [earlier], 'no_stream');
      const received: RecordedEvent[] = [];
      const controller = new AbortController();
      const subscription = (async () => {
        for await (const e of store.subscribe({ streamPrefixes: [prefix], signal: controller.signal })) received.push(e);
      })();
      await waitFor(() => received.length === 1);

      const held = new Client({ connectionString: url });
      await held.connect();
      const slow = event('Slow');
      await held.query('begin');
      await held.query("select * from append_events($1, -1, $2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[])", [
        `${prefix}a`, [slow.id], [slow.type], [JSON.stringify(slow.data)], [JSON.stringify(slow.metadata)],
      ]);
      const quick = [event('Quick1'), event('Quick2')];
      await store.append(`${prefix}b`, [quick[0]], 'no_stream');
      await store.append(`${prefix}c`, [quick[1]], 'no_stream');

      const visible: string[] = [];
      for await (const batch of store.readAll({ streamPrefixes: [prefix] })) visible.push(...batch.map((e) => e.type));
      expect(visible).toEqual(['Earlier']);
      await expectToStay(() => received.length === 1, 300);

      await held.query('commit');
      await held.end();
      await waitFor(() => received.length === 4);
      controller.abort();
      await subscription;
      expect(received.map((e) => e.type)).toEqual(['Earlier', 'Slow', 'Quick1', 'Quick2']);
    });
  });

  describe('the event table', () => {
    it('refuses UPDATE, DELETE and TRUNCATE', async () => {
      const stream = `immutable-${randomUUID()}`;
      await store.append(stream, [event('Written')], 'no_stream');
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await expect(client.query("update events set data = '{}' where stream_id = $1", [stream])).rejects.toThrow(/append-only: UPDATE refused/);
        await expect(client.query('delete from events where stream_id = $1', [stream])).rejects.toThrow(/append-only: DELETE refused/);
        await expect(client.query('truncate events')).rejects.toThrow(/append-only: TRUNCATE refused/);
      } finally {
        await client.end();
      }
      expect(await read(store, stream)).toHaveLength(1);
    });
  });

  describe('the schema', () => {
    it('is migrated once: running the migrations again applies nothing', async () => {
      const { Pool } = await import('pg');
      const pool = new Pool({ connectionString: url });
      try {
        expect(await migrateEventStore(pool)).toEqual([]);
      } finally {
        await pool.end();
      }
    });
  });

  describe('without notifications', () => {
    it('still delivers live events by polling', async () => {
      const polling = await PostgresEventStore.open({ connectionString: url, pollIntervalMs: 50, listen: false });
      const prefix = `poll-${randomUUID().slice(0, 8)}-`;
      const controller = new AbortController();
      const received: string[] = [];
      const subscription = (async () => {
        for await (const e of polling.subscribe({ streamPrefixes: [prefix], signal: controller.signal })) received.push(e.type);
      })();
      await store.append(`${prefix}x`, [event('Polled')], 'no_stream');
      await waitFor(() => received.length === 1);
      controller.abort();
      await subscription;
      await polling.close();
      expect(received).toEqual(['Polled']);
    });
  });
});

/** For a negative: the condition must hold for the whole period (a short bounded wait, not a sleep to let things settle). */
async function expectToStay(condition: () => boolean, periodMs: number): Promise<void> {
  const until = Date.now() + periodMs;
  while (Date.now() < until) {
    expect(condition()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
