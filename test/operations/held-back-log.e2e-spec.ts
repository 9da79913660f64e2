/**
 * A transaction left open anywhere on the server hides every later commit from the gap-safe reads.
 * The status says so: how many committed events readers cannot see, and who holds them back.
 *
 * On a PostgreSQL server of its own: the transaction it holds open would hold back every other suite's
 * log on the shared test server too, and their waits for their own events would run out.
 */
import { Client } from 'pg';
import { eventually } from '@app/testing';
import { get } from '../support/http-client';
import { givenIssuedTask, givenOrganisation, READER } from '../support/ledger-fixtures';
import { startOwnPostgres, type OwnPostgres } from '../support/own-postgres';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the held-back log', () => {
  let server: OwnPostgres;
  let app: TestApp;
  beforeAll(async () => {
    server = await startOwnPostgres();
    app = await startTestApp({ databaseUrl: server.databaseUrl });
    await givenOrganisation(app);
  });
  afterAll(async () => {
    await app?.close();
    await server?.stop();
  });

  const status = () => get(app.url, '/api/projections', { token: app.tokenFor(READER) });

  it('shows nothing held back when no transaction is open', async () => {
    const answer = await eventually(status, (a) => a.status === 200 && a.body.heldBack.events === 0);
    expect(answer.body.heldBack).toEqual({ events: 0, oldestTransaction: null });
  });

  it('names the events an open transaction in another database holds back, and its owner, until it ends', async () => {
    // Another database of the same server: transaction ids are server-wide, so it holds this log back too.
    const holder = new Client({ connectionString: server.serverUrl, application_name: 'held-open-by-spec' });
    await holder.connect();
    try {
      const { rows } = await holder.query<{ pid: number }>('select pg_backend_pid() as pid');
      await holder.query('begin');
      await holder.query('select txid_current()');
      await givenIssuedTask(app, { code: 'held-1' });
      await givenIssuedTask(app, { code: 'held-2' });

      // Other suites' transactions on the shared server are short: wait until this one is the oldest.
      const held = await eventually(
        status,
        (a) => a.body.heldBack?.oldestTransaction?.pid === rows[0].pid && a.body.heldBack.events >= 2,
      );
      expect(held.body.heldBack).toEqual({
        events: expect.any(Number),
        oldestTransaction: {
          pid: rows[0].pid,
          applicationName: 'held-open-by-spec',
          database: 'postgres',
          state: 'idle in transaction',
          ageSeconds: expect.any(Number),
          startedAt: expect.any(String),
        },
      });
      expect(held.body.heldBack.events).toBeGreaterThanOrEqual(2);
      expect(held.body.heldBack.oldestTransaction.ageSeconds).toBeGreaterThanOrEqual(0);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    const released = await eventually(status, (a) => a.body.heldBack.events === 0);
    expect(released.body.heldBack.oldestTransaction).toBeNull();
  });
});
