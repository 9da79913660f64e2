/** GET /health is 200 only while both the event store and the database answer, and never rate limited. */
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { get, post } from './support/http-client';
import { startTestApp, type TestApp } from './support/test-app';

describe('the health check', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers 200 with both dependencies up, without a token', async () => {
    const answer = await get(app.url, '/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'ok',
      info: { eventStore: { status: 'up' }, database: { status: 'up' } },
    });
  });

  it('answers 503 naming the database once it refuses connections, with the driver’s message only in the log', async () => {
    const database = new URL(app.databaseUrl).pathname.slice(1);
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_SERVER_URL });
    const logged: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation(function (this: Logger, message: unknown) {
      if ((this as unknown as { context?: string }).context === 'Health') logged.push(String(message));
    });
    await admin.connect();
    try {
      await admin.query(`alter database ${database} allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database]);
      const answer = await get(app.url, '/health');
      expect(answer.status).toBe(503);
      // The test app's event store lives in the same database, so it is down too.
      expect(answer.body).toEqual({
        status: 'error',
        info: {},
        error: { database: { status: 'down' }, eventStore: { status: 'down' } },
        details: { database: { status: 'down' }, eventStore: { status: 'down' } },
      });
      expect(JSON.stringify(answer.body)).not.toMatch(new RegExp(`${database}|connection`, 'i'));
      expect(logged).toEqual([
        expect.stringMatching(/^health check failed: eventStore \(.*connection.*\), database \(.*connection.*\)$/i),
      ]);
    } finally {
      spy.mockRestore();
      await admin.query(`alter database ${database} allow_connections true`);
      await admin.end();
    }
  });

  it('stays 200 for a prober whose address has used up its budget on bad tokens', async () => {
    const limited = await startTestApp({ http: { corsOrigins: [], rateLimitPerMinute: 3 } });
    try {
      const guesses: number[] = [];
      for (let i = 0; i < 4; i += 1)
        guesses.push(
          (await post(limited.url, '/api/tasks/no-such-task/acknowledge', {}, { token: `guess-${i}` })).status,
        );
      expect(guesses).toEqual([401, 401, 401, 429]);
      for (let i = 0; i < 4; i += 1) expect((await get(limited.url, '/health')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('serves the OpenAPI document with every command route', async () => {
    const answer = await get(app.url, '/api/docs-json');
    expect(answer.status).toBe(200);
    const paths = Object.keys(answer.body.paths);
    for (const path of [
      '/api/tasks',
      '/api/tasks/{taskId}/acknowledge',
      '/api/tasks/{taskId}/extension-requests/{requestId}/approve',
      '/api/tasks/{taskId}/look-back',
      '/api/programmes',
      '/api/units',
      '/api/officials',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
