/**
 * How many events the store holds, counted two ways: the log head (what readers see) and the rows
 * themselves (not subject to the visibility horizon, so an append cannot hide from the count).
 */
import { Client } from 'pg';
import { formatPosition } from '@app/event-store';
import type { TestApp } from '../../support/test-app';

export interface LogSnapshot {
  readonly head: string;
  readonly rows: number;
}

export async function logSnapshot(app: TestApp): Promise<LogSnapshot> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('select count(*)::text as count from events');
    return { head: formatPosition(await app.store.headPosition()), rows: Number(rows[0].count) };
  } finally {
    await client.end();
  }
}
