/**
 * The notifier killed (SIGKILL) in the middle of dispatching, then restarted: every delivery still
 * arrives, and none is written twice. It runs inside the compiled projector process, as in production
 * (`npm test` builds dist/ before jest). The API beside it runs no projector: the notifier runs only
 * where the projector lease is held, and the child process must be the one holding it.
 */
import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { DELIVERIES_TABLE } from '@app/notifier';
import { createTestDatabase, eventually } from '@app/testing';
import { givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import { TEST_PROJECTOR_OPTIONS, startTestApp, type TestApp } from '../support/test-app';
import { startHookReceiver, type HookReceiver } from './channel-receivers';
import { exited, stopGently } from '../support/child-processes';
import { assertProjectorBuilt, spawnProjector } from '../support/projector-process';

const SECRET = 'a-webhook-secret-of-the-crash-test-0123456789';
/** Each task issued tells four parties (dept-9, its leader, dept-1, dept-6), each over the webhook. */
const PARTIES = 4;

describe('the notifier, killed while dispatching', () => {
  let app: TestApp;
  let hooks: HookReceiver;
  let databaseUrl: string;
  const processes: ChildProcess[] = [];

  beforeAll(async () => {
    assertProjectorBuilt();
    databaseUrl = await createTestDatabase('notifier_crash');
    app = await startTestApp({ databaseUrl, projector: { runInProcess: false, options: TEST_PROJECTOR_OPTIONS } });
    hooks = await startHookReceiver(SECRET);
    await givenOrganisation(app);
  });
  afterAll(async () => {
    await Promise.all(processes.map(stopGently));
    await app.close();
    await hooks.close();
  });

  const rows = (): Promise<{ id: string; status: string; cause_id: string; recipient: string }[]> =>
    app.app
      .get(DataSource)
      .query(`select id, status, cause_id, recipient from ${DELIVERIES_TABLE} where channel = 'webhook' order by id`);

  it('loses nothing and duplicates no delivery: every one arrives, each id once in the records', async () => {
    // Given tasks whose issue tells every party over a slow webhook...
    for (let index = 1; index <= 10; index++)
      await givenIssuedTask(app, { code: `2026-${String(index).padStart(2, '0')}` });
    hooks.delayMs = 60;

    // ...when the notifier is killed after some deliveries arrived, before all did...
    const first = startProjector();
    await eventually(
      async () => hooks.accepted().size,
      (accepted) => accepted >= 6,
      30_000,
      5,
    );
    first.kill('SIGKILL');
    await exited(first);
    const atKill = await rows();
    expect(atKill.filter((row) => row.status !== 'delivered').length).toBeGreaterThan(0);

    // ...and more is issued while it is down, then it is started again...
    for (let index = 11; index <= 12; index++) await givenIssuedTask(app, { code: `2026-${index}` });
    hooks.delayMs = 0;
    const second = startProjector();

    // ...then every delivery is recorded once and arrives, with the id it was recorded under.
    const final = await eventually(
      rows,
      (all) => all.length === 12 * PARTIES && all.every((row) => row.status === 'delivered'),
      40_000,
    );
    expect(new Set(final.map((row) => `${row.cause_id} ${row.recipient}`)).size).toBe(12 * PARTIES);
    expect(hooks.accepted()).toEqual(new Set(final.map((row) => row.id)));
    expect(hooks.requests.every((request) => request.signed)).toBe(true);
    // At least once: a delivery in flight at the kill may arrive twice, always under its one id.
    expect(hooks.requests.filter((request) => request.status === 200).length).toBeGreaterThanOrEqual(12 * PARTIES);

    second.kill('SIGTERM');
    await exited(second);
    expect(second.exitCode).toBe(0);
  });

  function startProjector(): ChildProcess {
    const { child } = spawnProjector({
      DATABASE_URL: databaseUrl,
      WATCHER_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      NOTIFIER_ROUTES: JSON.stringify({ '*': { inbox: false, webhook: [hooks.url] } }),
      NOTIFIER_WEBHOOK_SECRET: SECRET,
      NOTIFIER_POLL_MS: '20',
      NOTIFIER_BATCH_SIZE: '4',
      NOTIFIER_LEASE_MS: '1500',
      NOTIFIER_SEND_TIMEOUT_MS: '400',
      NOTIFIER_RETRY_DELAY_MS: '50',
      // The process runs on the system clock, the tasks on the test's: no reminders here (notifications.e2e-spec.ts has them).
      NOTIFIER_REMIND_DAYS_AHEAD: '0',
      NOTIFIER_NO_PROGRESS_DAYS: '0',
    });
    processes.push(child);
    return child;
  }
});
