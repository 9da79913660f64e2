/** What only the PostgreSQL adapter has to prove: an append-only table, its schema, live delivery by LISTEN/NOTIFY and by polling. (Gap-safe order is in the contract.) */
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '../../../testing/src/test-database';
import { event, read, waitFor } from '../event-store.contract';
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

  describe('with notifications', () => {
    it('wakes a waiting subscriber at once, not at its next poll', async () => {
      const slowPolling = await PostgresEventStore.open({ connectionString: url, pollIntervalMs: 60_000 });
      const prefix = `notify-${randomUUID().slice(0, 8)}-`;
      const controller = new AbortController();
      const received: string[] = [];
      const subscription = (async () => {
        for await (const e of slowPolling.subscribe({ streamPrefixes: [prefix], signal: controller.signal })) received.push(e.type);
      })();
      // The subscriber found nothing and waits; its store's LISTEN connection is up once that query has run.
      await waitFor(() => listening(url));
      await store.append(`${prefix}x`, [event('Notified')], 'no_stream');
      await waitFor(() => received.length === 1, 3_000);
      controller.abort();
      await subscription;
      await slowPolling.close();
      expect(received).toEqual(['Notified']);
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

async function listening(connectionString: string): Promise<boolean> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_stat_activity where datname = current_database() and state = 'idle' and query ilike 'listen %'");
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
