/**
 * What the store holds, read from the events table itself: the row count and the last row's
 * position. Not through the store's head: readers see a commit only once the cluster-wide xmin
 * passes it, and other suites share the server, so the visible head can move with no new event.
 */
import { Client } from 'pg';
import { formatPosition } from '@app/event-store';
import type { TestApp } from '../../support/test-app';

export interface LogSnapshot {
  readonly lastPosition: string;
  readonly rows: number;
}

export async function logSnapshot(app: TestApp): Promise<LogSnapshot> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const count = await client.query<{ count: string }>('select count(*)::text as count from events');
    const last = await client.query<{ tx: string; pos: string }>(
      'select transaction_id::text as tx, global_position::text as pos from events order by transaction_id desc, global_position desc limit 1',
    );
    const lastPosition =
      last.rows.length === 0
        ? 'none'
        : formatPosition({ commit: BigInt(last.rows[0].tx), prepare: BigInt(last.rows[0].pos) });
    return { lastPosition, rows: Number(count.rows[0].count) };
  } finally {
    await client.end();
  }
}
