/** /health/live says the process serves; /health/ready also wants the read models within READY_MAX_LAG_EVENTS of the log. */
import { get } from '../support/http-client';
import { givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { startTestApp, TEST_PROJECTOR_OPTIONS, type TestApp } from '../support/test-app';
import { eventually } from '@app/testing';

describe('the health probes', () => {
  let app: TestApp;
  afterEach(() => app.close());

  it('is not ready while a read model is further behind than the bound, though live and healthy, and ready once it catches up', async () => {
    // No projector here: the read models stay where they are while the log grows.
    app = await startTestApp({ projector: { runInProcess: false }, http: { readyMaxLagEvents: 3 } });
    await givenOrganisation(app);
    await givenIssuedTask(app);

    const ready = await get(app.url, '/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      status: 'error',
      error: { projections: { status: 'down' } },
      info: { eventStore: { status: 'up' }, database: { status: 'up' } },
    });
    expect(JSON.stringify(ready.body)).not.toMatch(/behind|task-board/); // how far goes to the log only
    expect((await get(app.url, '/health/live')).body).toEqual({ status: 'ok' });
    expect((await get(app.url, '/health')).status).toBe(200);

    await app.close();
    app = await startTestApp({
      databaseUrl: app.databaseUrl,
      projector: { runInProcess: true, options: TEST_PROJECTOR_OPTIONS },
      http: { readyMaxLagEvents: 3 },
    });
    const caughtUp = await eventually(
      () => get(app.url, '/health/ready'),
      (answer) => answer.status === 200,
    );
    expect(caughtUp.body).toEqual({
      status: 'ok',
      info: { eventStore: { status: 'up' }, database: { status: 'up' }, projections: { status: 'up' } },
      error: {},
      details: { eventStore: { status: 'up' }, database: { status: 'up' }, projections: { status: 'up' } },
    });
  });
});
