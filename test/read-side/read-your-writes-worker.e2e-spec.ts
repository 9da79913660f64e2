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

  /** Given an issued task, when its unit acknowledges it, the detail read with X-Min-Position: its status. */
  const acknowledgedThenRead = async (started: TestApp, code: string, title: string) => {
    await givenOrganisation(started);
    const taskId = await givenIssuedTask(started, { code, title });
    const acknowledged = await post(
      started.url,
      `/api/tasks/${taskId}/acknowledge`,
      {},
      { token: started.tokenFor(JUVENILE_UNIT) },
    );
    const detail = await get(started.url, `/api/tasks/${taskId}`, {
      token: started.tokenFor(READER),
      headers: { 'X-Min-Position': acknowledged.body.position },
    });
    return detail.body.status as string;
  };

  it('shows a command’s effect on the detail read with X-Min-Position, projected by the worker', async () => {
    const started = (app = await startWith(COMPILED_WORKER));
    expect(await acknowledgedThenRead(started, 'worker-1', '工作线程投影的任务')).toBe('acknowledged');
    expect(await workerSessions(started.databaseUrl)).toBeGreaterThan(0);
  });

  it('runs the projector in the API’s thread when the compiled worker is not there', async () => {
    const started = (app = await startWith(join(__dirname, 'no-such-worker.js')));
    expect(await acknowledgedThenRead(started, 'worker-2', '主线程投影的任务')).toBe('acknowledged');
    expect(await workerSessions(started.databaseUrl)).toBe(0);
  });
});
