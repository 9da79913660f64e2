/**
 * When the network or the server fails under the app (a reset, a stall, a refused connection), every
 * answer is right: a 503 with Retry-After naming what is away, never a 500; a command either took
 * effect in full or not at all, and a retry with its Idempotency-Key completes it exactly once.
 */
import { Client } from 'pg';
import { eventually } from '@app/testing';
import { get, post, type HttpAnswer } from '../support/http-client';
import { FaultProxy, type FaultMode } from '../support/fault-proxy';
import { givenOrganisation, juvenileTask, READER, SUPERVISOR } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { startOwnPostgres, type OwnPostgres } from '../support/own-postgres';

const FAULTS: readonly FaultMode[] = ['reset', 'stall', 'refuse'];

describe('answers while the database is away', () => {
  // A server of its own: a stalled connection keeps its transaction open on the server, which would hold
  // back every other suite's log on the shared one.
  let own: OwnPostgres;
  let directUrl: string;
  let proxy: FaultProxy;
  let app: TestApp;

  beforeAll(async () => {
    own = await startOwnPostgres('faults');
    directUrl = own.databaseUrl;
    const server = new URL(directUrl);
    proxy = await FaultProxy.start({ host: server.hostname, port: Number(server.port) });
    app = await startTestApp({
      databaseUrl: proxy.route(directUrl),
      databaseTimeouts: { connectMs: 4000, queryMs: 5000 },
    });
    await givenOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await own?.stop();
  });

  it.each(FAULTS)(
    'a %s gives 503s with Retry-After, no 500, and commands that took effect whole or not at all',
    async (fault) => {
      const supervisor = app.tokenFor(SUPERVISOR);
      const reader = app.tokenFor(READER);
      await proxy.set(fault);
      const keys = [0, 1, 2].map((n) => `fault-${fault}-${n}`);
      const commands = await Promise.all(
        keys.map((key, n) =>
          post(app.url, '/api/tasks', juvenileTask({ code: `${fault}-${n}` }), {
            token: supervisor,
            headers: { 'Idempotency-Key': key },
          }),
        ),
      );
      const reads = await Promise.all([
        get(app.url, '/api/tasks', { token: reader }),
        get(app.url, '/api/projections', { token: reader }),
      ]);
      const answers = [...commands, ...reads];

      // No connection through the proxy works under any of the three, so every answer is a 503 (none a 500).
      expect(answers.map((answer) => answer.status)).toEqual([503, 503, 503, 503, 503]);
      for (const answer of answers) expectUnavailable(answer);
      // Each names what is away: a command the event store, the board the read models' database.
      expect(commands.map((answer) => answer.body.code)).toEqual([
        'EVENT_STORE_UNAVAILABLE',
        'EVENT_STORE_UNAVAILABLE',
        'EVENT_STORE_UNAVAILABLE',
      ]);
      expect(reads[0].body.code).toBe('READ_MODEL_UNAVAILABLE');

      await proxy.set('pass');
      // Before any retry: each command's events are all there or none are.
      const before = await eventsByKey(keys);
      for (const key of keys) expect([0, 1]).toContain(before.get(key) ?? 0);
      // Retried with the same key once the database is back: each took effect exactly once.
      const retried = await eventually(
        () =>
          Promise.all(
            keys.map((key, n) =>
              post(app.url, '/api/tasks', juvenileTask({ code: `${fault}-${n}` }), {
                token: supervisor,
                headers: { 'Idempotency-Key': key },
              }),
            ),
          ),
        (answers) => answers.every((answer) => answer.status === 201),
      );
      expect(new Set(retried.map((answer) => answer.body.id)).size).toBe(3);
      expect([...(await eventsByKey(keys)).values()]).toEqual([1, 1, 1]);
      expect(
        (
          await eventually(
            () => get(app.url, '/api/tasks', { token: reader }),
            (answer) => answer.status === 200,
          )
        ).status,
      ).toBe(200);
    },
  );

  function expectUnavailable(answer: HttpAnswer): void {
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(answer.body).toMatchObject({
      statusCode: 503,
      code: expect.stringMatching(/^(EVENT_STORE|READ_MODEL)_UNAVAILABLE$/),
    });
  }

  /** The number of events each Idempotency-Key wrote, read past the proxy. */
  async function eventsByKey(keys: readonly string[]): Promise<Map<string, number>> {
    const client = new Client({ connectionString: directUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ key: string; n: string }>(
        `select metadata->>'idempotencyKey' as key, count(*) as n from events where metadata->>'idempotencyKey' = any($1::text[]) group by 1`,
        [keys],
      );
      return new Map(rows.map((row) => [row.key, Number(row.n)]));
    } finally {
      await client.end();
    }
  }
});
