/**
 * Migration 9 over a ledger written before it: the log's order becomes the primary key (one index
 * fewer per event written), the append function reads its batch in one unnest, and neither the
 * events already written nor the function's rights change.
 */
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { createTestDatabase } from '@app/testing';
import { event, read } from '../event-store.contract';
import { migrateEventStore } from '../../src/postgres/migrate';
import { APPEND_SIGNATURE, EVENT_STORE_MIGRATIONS } from '../../src/postgres/migrations';
import { PostgresEventStore } from '../../src/postgres/postgres-event-store';

const BEFORE_9 = EVENT_STORE_MIGRATIONS.filter((migration) => migration.version < 9);

describe('a ledger written before migration 9', () => {
  let url: string;
  let client: Client;
  const stream = `before-9-${randomUUID()}`;
  let rowsBefore: string[];

  beforeAll(async () => {
    url = await createTestDatabase('nine');
    const pool = new Pool({ connectionString: url, max: 1 });
    try {
      expect(await migrateEventStore(pool, BEFORE_9)).toEqual(BEFORE_9.map((migration) => migration.version));
    } finally {
      await pool.end();
    }
    client = new Client({ connectionString: url });
    await client.connect();
    // What the ledger's grants make of it (ledgerPrivilegesSql).
    await client.query(`alter function ${APPEND_SIGNATURE} security definer set search_path = pg_catalog, public`);
    const events = [event('Opened', { n: 1 }), event('Noted', { n: 2 }), event('Noted', { n: 3 })];
    await client.query(
      'select * from append_events($1, -1, $2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[], $6::timestamptz[])',
      [
        stream,
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        events.map((e) => JSON.stringify(e.metadata)),
        ['2026-03-01T08:00:00Z', null, '2026-03-01T08:00:02Z'],
      ],
    );
    rowsBefore = await rowsAsText(client);
  });
  afterAll(() => client.end());

  describe('when a store opens it (migration 9 runs)', () => {
    let store: PostgresEventStore;
    beforeAll(async () => {
      store = await PostgresEventStore.open({ connectionString: url });
    });
    afterAll(() => store.close());

    it('leaves every event written before exactly as it was', async () => {
      expect(await rowsAsText(client)).toEqual(rowsBefore);
    });

    it('keys the log by its order, (transaction_id, global_position), with one index fewer to write per event', async () => {
      const { rows } = await client.query<{ indexdef: string }>(
        "select indexdef from pg_indexes where tablename = 'events' order by indexname",
      );
      expect(rows.map((row) => row.indexdef.replace(/ ON public\.events USING btree/, ''))).toEqual([
        'CREATE UNIQUE INDEX events_event_id_key (event_id)',
        'CREATE UNIQUE INDEX events_pkey (transaction_id, global_position)',
        'CREATE UNIQUE INDEX events_stream_id_stream_revision_key (stream_id, stream_revision)',
      ]);
    });

    it('keeps the append function a security definer with its search_path pinned', async () => {
      const { rows } = await client.query<{ definer: boolean; config: string[] | null }>(
        `select prosecdef as definer, proconfig as config from pg_proc where oid = to_regprocedure($1)`,
        [APPEND_SIGNATURE],
      );
      expect(rows).toEqual([{ definer: true, config: ['search_path=pg_catalog, public'] }]);
    });

    it('continues the stream: a batch takes the next revisions, in order, after the events written before', async () => {
      const batch = Array.from({ length: 5 }, (_, index) => event('Noted', { n: 4 + index }));
      const result = await store.append(stream, batch, 2n);
      expect(result.nextExpectedRevision).toBe(7n);
      const events = await read(store, stream);
      expect(events.map((e) => [e.revision, e.data.n])).toEqual(
        [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n].map((r) => [r, Number(r) + 1]),
      );
      const positions = events.slice(3).map((e) => e.position.prepare);
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
      expect(new Set(events.slice(3).map((e) => e.position.commit)).size).toBe(1);
    });
  });
});

async function rowsAsText(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ row: string }>(
    'select events::text as row from events order by transaction_id, global_position',
  );
  return rows.map((row) => row.row);
}
