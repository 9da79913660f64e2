/** What only the PostgreSQL adapter has to prove: an append-only table, its schema, live delivery by LISTEN/NOTIFY and by polling. (Gap-safe order is in the contract.) */
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, eventually } from '@app/testing';
import { event, read } from '../event-store.contract';
import { PostgresEventStore } from '../../src/postgres/postgres-event-store';
import { migrateEventStore } from '../../src/postgres/migrate';

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
        await expect(client.query("update events set data = '{}' where stream_id = $1", [stream])).rejects.toThrow(
          /append-only: UPDATE refused/,
        );
        await expect(client.query('delete from events where stream_id = $1', [stream])).rejects.toThrow(
          /append-only: DELETE refused/,
        );
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
      const own = await createTestDatabase('notify'); // its own, so that no other store's listener is counted
      const slowPolling = await PostgresEventStore.open({ connectionString: own, pollIntervalMs: 60_000 });
      const prefix = `notify-${randomUUID().slice(0, 8)}-`;
      const controller = new AbortController();
      const received: string[] = [];
      const subscription = (async () => {
        for await (const e of slowPolling.subscribe({ streamPrefixes: [prefix], signal: controller.signal }))
          received.push(e.type);
      })();
      // The subscriber found nothing and waits; its store's LISTEN connection is up once that query has run.
      await eventually(() => listening(own));
      await slowPolling.append(`${prefix}x`, [event('Notified')], 'no_stream');
      await eventually(() => received.length === 1, 3_000);
      controller.abort();
      await subscription;
      await slowPolling.close();
      expect(received).toEqual(['Notified']);
    });

    it('delivers an event that an older open transaction held back at its notification, soon after that one ends', async () => {
      const own = await createTestDatabase('notify');
      const slowPolling = await PostgresEventStore.open({ connectionString: own, pollIntervalMs: 60_000 });
      const reads = jest.spyOn(
        slowPolling as unknown as { readBatch(...args: unknown[]): Promise<unknown[]> },
        'readBatch',
      );
      const prefix = `held-${randomUUID().slice(0, 8)}-`;
      const controller = new AbortController();
      const received: string[] = [];
      const subscription = (async () => {
        for await (const e of slowPolling.subscribe({ streamPrefixes: [prefix], signal: controller.signal }))
          received.push(e.type);
      })();
      await eventually(() => listening(own));
      // An open transaction with an id, older than the append: as a projector's or another database's would be.
      const older = new Client({ connectionString: own });
      await older.connect();
      await older.query('begin');
      await older.query('select pg_current_xact_id()');

      const readsBefore = reads.mock.results.length;
      await slowPolling.append(`${prefix}x`, [event('HeldBack')], 'no_stream');
      await eventually(() => anEmptyRead(reads.mock.results.slice(readsBefore)));
      await older.query('commit');
      await older.end();
      await eventually(() => received.length === 1, 3_000);
      controller.abort();
      await subscription;
      await slowPolling.close();
      expect(received).toEqual(['HeldBack']);
    });
  });

  describe('without notifications', () => {
    it('still delivers live events by polling', async () => {
      const polling = await PostgresEventStore.open({ connectionString: url, pollIntervalMs: 50, listen: false });
      const prefix = `poll-${randomUUID().slice(0, 8)}-`;
      const controller = new AbortController();
      const received: string[] = [];
      const subscription = (async () => {
        for await (const e of polling.subscribe({ streamPrefixes: [prefix], signal: controller.signal }))
          received.push(e.type);
      })();
      await store.append(`${prefix}x`, [event('Polled')], 'no_stream');
      await eventually(() => received.length === 1);
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
    const { rowCount } = await client.query(
      "select 1 from pg_stat_activity where datname = current_database() and state = 'idle' and query ilike 'listen %'",
    );
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** The notification woke the subscriber and it read: the event was not visible to it yet. */
async function anEmptyRead(results: readonly jest.MockResult<Promise<unknown[]>>[]): Promise<boolean> {
  for (const result of results) if (result.type === 'return' && (await result.value).length === 0) return true;
  return false;
}
