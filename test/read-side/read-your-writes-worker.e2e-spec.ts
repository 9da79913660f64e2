/**
 * The API with its embedded projector in a worker thread, as `npm start` runs it: a query sent with a
 * command's position shows the command's effect, woken by the worker's batch; and where the worker
 * cannot run, the projector runs in the API's thread, saying why.
 */
import { Client } from 'pg';
import { join } from 'node:path';
import { createTestDatabase } from '@app/testing';
import { get, post } from '../support/http-client';
import { JUVENILE_UNIT, READER, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { TEST_PROJECTOR_OPTIONS, startTestApp, type TestApp } from '../support/test-app';

const COMPILED_WORKER = join(__dirname, '../../dist/libs/runtime/src/projector-worker.js');

async function workerSessions(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) from pg_stat_activity where datname = current_database() and application_name = 'ledger projector worker'`,
    );
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}

describe('the API with its projector in a worker thread', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const startWith = async (script: string) => {
    const databaseUrl = await createTestDatabase('e2e_worker');
    const worker = { eventStore: { kind: 'postgres' as const, url: databaseUrl }, script };
    return startTestApp({
      databaseUrl,
      projector: { runInProcess: true, options: TEST_PROJECTOR_OPTIONS, worker },
    });
  };

  it('shows a command’s effect on the detail read with X-Min-Position, projected by the worker', async () => {
    app = await startWith(COMPILED_WORKER);
    await givenOrganisation(app);
    const taskId = await givenIssuedTask(app, { code: 'worker-1', title: '工作线程投影的任务' });

    const acknowledged = await post(
      app.url,
      `/api/tasks/${taskId}/acknowledge`,
      {},
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    const detail = await get(app.url, `/api/tasks/${taskId}`, {
      token: app.tokenFor(READER),
      headers: { 'X-Min-Position': acknowledged.body.position },
    });

    expect(detail.body.status).toBe('acknowledged');
    expect(await workerSessions(app.databaseUrl)).toBeGreaterThan(0);
  });

  it('runs the projector in the API’s thread when the compiled worker is not there', async () => {
    app = await startWith(join(__dirname, 'no-such-worker.js'));
    await givenOrganisation(app);
    const taskId = await givenIssuedTask(app, { code: 'worker-2', title: '主线程投影的任务' });

    const acknowledged = await post(
      app.url,
      `/api/tasks/${taskId}/acknowledge`,
      {},
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    const detail = await get(app.url, `/api/tasks/${taskId}`, {
      token: app.tokenFor(READER),
      headers: { 'X-Min-Position': acknowledged.body.position },
    });

    expect(detail.body.status).toBe('acknowledged');
    expect(await workerSessions(app.databaseUrl)).toBe(0);
  });
});
