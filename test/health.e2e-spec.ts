/** GET /health is 200 only while both the event store and the database answer. */
import { Client } from 'pg';
import { get } from './support/http-client';
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
    expect(answer.body).toMatchObject({ status: 'ok', info: { eventStore: { status: 'up' }, database: { status: 'up' } } });
  });

  it('answers 503 once the database refuses connections', async () => {
    const database = new URL(app.databaseUrl).pathname.slice(1);
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_SERVER_URL });
    await admin.connect();
    try {
      await admin.query(`alter database ${database} allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database]);
      const answer = await get(app.url, '/health');
      expect(answer.status).toBe(503);
      expect(answer.body.status).toBe('error');
    } finally {
      await admin.query(`alter database ${database} allow_connections true`);
      await admin.end();
    }
  });

  it('serves the OpenAPI document with every command route', async () => {
    const answer = await get(app.url, '/api/docs-json');
    expect(answer.status).toBe(200);
    const paths = Object.keys(answer.body.paths);
    for (const path of ['/api/tasks', '/api/tasks/{taskId}/acknowledge', '/api/tasks/{taskId}/extension-requests/{requestId}/approve', '/api/tasks/{taskId}/look-back', '/api/programmes', '/api/units', '/api/officials']) {
      expect(paths).toContain(path);
    }
  });
});
