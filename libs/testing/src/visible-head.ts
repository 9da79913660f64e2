/**
 * Readers of a PostgreSQL log see an event only once every older write transaction on the whole
 * server has ended (the gap-safe order, postgres-event-store.ts). Test suites share one server, so
 * another suite's open transaction can hide a write that has already committed. A spec that reads
 * the log, or waits for read models to reach "the head", waits first for its own writes to show.
 */
import { Client } from 'pg';
import { comparePositions, type EventStore, type GlobalPosition } from '@app/event-store';
import { eventually } from './eventually';

/** Resolves with the head once readers see `position`; fails after `timeoutMs`. */
export function headShowing(store: EventStore, position: GlobalPosition, timeoutMs = 15_000): Promise<GlobalPosition> {
  return eventually(
    () => store.headPosition(),
    (head) => comparePositions(head, position) >= 0,
    timeoutMs,
  );
}

/** The head once everything committed to the PostgreSQL log at `databaseUrl` so far shows to readers. */
export async function settledHead(store: EventStore, databaseUrl: string): Promise<GlobalPosition> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ transaction_id: string; global_position: string }>(
      'select transaction_id::text, global_position from events order by transaction_id desc, global_position desc limit 1',
    );
    if (rows.length === 0) return store.headPosition();
    return headShowing(store, { commit: BigInt(rows[0].transaction_id), prepare: BigInt(rows[0].global_position) });
  } finally {
    await client.end();
  }
}
