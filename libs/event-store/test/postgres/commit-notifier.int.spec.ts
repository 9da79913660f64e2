/** Readers are woken after the commit, by the appender, not by the append transaction holding the notify lock. */
import { Client, type Pool } from 'pg';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, eventually } from '@app/testing';
import { event } from '../event-store.contract';
import { CommitNotifier } from '../../src/postgres/commit-notifier';
import { PostgresEventStore } from '../../src/postgres/postgres-event-store';

describe('waking readers after a commit', () => {
  it('wakes a subscriber of another store on the same database (another process) at once, not at its next poll', async () => {
    const url = await createTestDatabase('wake');
    const reader = await PostgresEventStore.open({ connectionString: url, pollIntervalMs: 60_000 });
    const writer = await PostgresEventStore.open({ connectionString: url });
    const controller = new AbortController();
    const received: string[] = [];
    const subscription = (async () => {
      for await (const e of reader.subscribe({ signal: controller.signal })) received.push(e.type);
    })();
    try {
      await eventually(() => listening(url));
      await writer.append(`wake-${randomUUID()}`, [event('Woken')], 'no_stream');
      await eventually(() => received.length === 1, 3_000);
      expect(received).toEqual(['Woken']);
    } finally {
      controller.abort();
      await subscription;
      await reader.close();
      await writer.close();
    }
  });

  it('keeps pg_notify out of the append function, so that concurrent commits do not queue on its lock', async () => {
    const url = await createTestDatabase('wake');
    const store = await PostgresEventStore.open({ connectionString: url });
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ body: string }>(
        `select prosrc as body from pg_proc where proname = 'append_events'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].body).toContain('insert into events');
      expect(rows[0].body).not.toContain('pg_notify');
    } finally {
      await client.end();
      await store.close();
    }
  });

  it('coalesces: however many appends commit while a notification is in flight, one more follows it', async () => {
    const sent: (() => void)[] = [];
    const pool = { query: () => new Promise<void>((resolve) => sent.push(resolve)) } as unknown as Pool;
    const notifier = new CommitNotifier(pool);

    notifier.notify();
    for (let i = 0; i < 10; i++) notifier.notify();
    expect(sent).toHaveLength(1);
    sent[0]();
    await eventually(() => sent.length === 2);
    sent[1]();
    await notifier.settled();
    expect(sent).toHaveLength(2);

    notifier.notify();
    expect(sent).toHaveLength(3);
    sent[2]();
    await notifier.settled();
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
