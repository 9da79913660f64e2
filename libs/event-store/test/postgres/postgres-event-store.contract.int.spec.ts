import { Client } from 'pg';
import { createTestDatabase } from '../../../testing/src/test-database';
import { describeEventStoreContract, type HeldAppend } from '../event-store.contract';
import type { EventToAppend } from '../../src/event-store.port';
import { PostgresEventStore } from '../../src/postgres/postgres-event-store';

let url: string;

describeEventStoreContract(
  'PostgreSQL',
  async () => {
    url = await createTestDatabase('contract');
    return PostgresEventStore.open({ connectionString: url, pollIntervalMs: 200 });
  },
  { holdAppendOpen: (streamId, events) => appendInOpenTransaction(url, streamId, events) },
);

/** The same `append_events` call the adapter makes, on a connection of its own, left uncommitted. */
async function appendInOpenTransaction(
  connectionString: string,
  streamId: string,
  events: readonly EventToAppend[],
): Promise<HeldAppend> {
  const held = new Client({ connectionString });
  await held.connect();
  await held.query('begin');
  await held.query(
    'select * from append_events($1, -1, $2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[], $6::timestamptz[])',
    [
      streamId,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
      events.map((e) => e.recordedAt?.toISOString() ?? null),
    ],
  );
  return {
    commit: async () => {
      await held.query('commit');
      await held.end();
    },
  };
}
