/**
 * No store query may cost more as the log grows: over a log of 100k events, every statement the
 * adapter runs on `events` (its own and those inside `append_events`) is planned on an index, never
 * as a sequential scan. The plans are the server's own, logged by auto_explain as notices.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase } from '../../../testing/src/test-database';
import { PostgresEventStore } from '../../src/postgres/postgres-event-store';
import { STORE_QUERIES } from '../../src/postgres/store-queries';

const STREAMS_PER_KIND = 350;
const EVENTS_PER_STREAM = 100;
const KINDS = ['task-', 'programme-', 'directory-'];

describe('the event store over a large log', () => {
  let url: string;
  let store: PostgresEventStore;
  let client: Client;
  const plans: string[] = [];

  beforeAll(async () => {
    url = await createTestDatabase('plans');
    store = await PostgresEventStore.open({ connectionString: url });
    client = new Client({ connectionString: url });
    await client.connect();
    await loadLog(client);
    await client.query('analyze events');
    await client.query('analyze event_streams');
    client.on('notice', (notice) => {
      if (/plan:/i.test(notice.message ?? '')) plans.push(notice.message ?? '');
    });
    await client.query(`load 'auto_explain'`);
    await client.query('set auto_explain.log_min_duration = 0');
    await client.query('set auto_explain.log_nested_statements = on');
    await client.query(`set auto_explain.log_level = 'notice'`);
  }, 120_000);

  afterAll(async () => {
    await client.end();
    await store.close();
  });

  it('holds at least 100k events in many streams and transactions', async () => {
    const { rows } = await client.query<{ events: number; transactions: number }>(
      'select count(*)::int as events, count(distinct transaction_id)::int as transactions from events',
    );
    expect(rows[0].events).toBeGreaterThanOrEqual(100_000);
    expect(rows[0].transactions).toBeGreaterThan(1);
  });

  const middle = async (): Promise<[string, string]> => {
    const { rows } = await client.query<{ tx: string; pos: string }>(
      'select transaction_id::text as tx, global_position::text as pos from events order by transaction_id, global_position offset 50000 limit 1',
    );
    return [rows[0].tx, rows[0].pos];
  };

  it.each([
    ['a page of the log from the start', async () => [STORE_QUERIES.readLog, ['0', '0', 500]]],
    ['a page of the log from its middle', async () => [STORE_QUERIES.readLog, [...(await middle()), 500]]],
    ['whether anything is committed past a position', async () => [STORE_QUERIES.committedPast, await middle()]],
    ['whether anything is committed past the start', async () => [STORE_QUERIES.committedPast, ['0', '0']]],
    ['the head', async () => [STORE_QUERIES.head, []]],
    ['a stream from its start', async () => [STORE_QUERIES.readStream, ['task-7', '-1', null, 500]]],
    ['a stream up to a revision', async () => [STORE_QUERIES.readStream, ['programme-3', '10', '40', 500]]],
  ] as const)('reads %s on an index', async (_name, statement) => {
    const [sql, parameters] = (await statement()) as [string, unknown[]];
    expect(await plansOf(sql, parameters)).toEqual([expect.stringMatching(/Index/)]);
  });

  it('appends, re-appends idempotently and refuses a stale revision on indexes only', async () => {
    const ids = [randomUUID(), randomUUID()];
    const append = (expected: string) =>
      `select * from append_events('task-42', ${expected}, array['${ids[0]}', '${ids[1]}']::uuid[], array['A', 'B'], array['{}', '{}']::jsonb[], array['{}', '{}']::jsonb[], null::timestamptz[])`;
    const appended = await plansOf(append(String(EVENTS_PER_STREAM - 1)));
    const again = await plansOf(append(String(EVENTS_PER_STREAM - 1)));
    const stale = await plansOf(append('3')).catch((error: Error) => [error.message]);
    // The function's own statements are planned too (nested), so each call shows several plans.
    expect(appended.length).toBeGreaterThan(2);
    expect(again.length).toBeGreaterThan(2);
    expect(stale).toContainEqual(expect.stringMatching(/wrong expected version/));
  });

  /** Runs the statement, returns the plans auto_explain logged for it; fails on a sequential scan of `events`. */
  async function plansOf(sql: string, parameters: unknown[] = []): Promise<string[]> {
    plans.length = 0;
    let failure: unknown;
    await client.query(sql, parameters).catch((error: unknown) => (failure = error));
    const seen = [...plans];
    const scans = seen.filter((plan) => /Seq Scan on events\b/.test(plan));
    if (scans.length > 0) throw new Error(`sequential scan of events for\n${sql}\n${scans.join('\n')}`);
    if (failure instanceof Error) throw failure;
    if (failure !== undefined) throw new Error('the query failed', { cause: failure });
    return seen;
  }
});

/**
 * Through the real append function, set-based: each statement appends 100 events to each of 350
 * streams of a kind in one transaction, so the log has many streams and several transaction ids.
 */
async function loadLog(client: Client): Promise<void> {
  for (const kind of KINDS) {
    await client.query(
      `select count(*) from generate_series(1, $2::int) as s,
         lateral append_events($1 || s, -1,
           array(select gen_random_uuid() from generate_series(1, $3::int) where s > 0),
           array_fill('ThingHappened'::text, array[$3::int]),
           array(select jsonb_build_object('n', n, 's', s) from generate_series(1, $3::int) as n),
           array_fill('{}'::jsonb, array[$3::int]), null::timestamptz[])`,
      [kind, STREAMS_PER_KIND, EVENTS_PER_STREAM],
    );
  }
}
