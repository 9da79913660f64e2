/**
 * The notifier's first start over a log that already has a history (a ledger upgraded to a version
 * with the notifier): the old causes are folded, not told, so no inbox, mail box or webhook is flooded
 * with the past; what happens after the start is told as always, and NOTIFIER_LOOKBACK_DAYS lets the
 * last days' causes through once. Reminders still know every old task's deadline.
 */
import { DataSource } from 'typeorm';
import { DEFAULT_NOTIFIER_SETTINGS, DELIVERIES_TABLE, NotifierHost, type NotifierSettings } from '@app/notifier';
import { createTestDatabase, eventually } from '@app/testing';
import { get, post } from '../support/http-client';
import {
  JUVENILE_LEADER,
  JUVENILE_UNIT,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
} from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { startHookReceiver, type HookReceiver } from './channel-receivers';

const SECRET = 'a-webhook-secret-of-the-origin-test-0123456789';

describe('the notifier started for the first time over a log with a history', () => {
  let app: TestApp | undefined;
  let hooks: HookReceiver;
  beforeEach(async () => {
    hooks = await startHookReceiver(SECRET);
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await hooks.close();
  });

  function settings(lookbackDays: number): NotifierSettings {
    return {
      ...DEFAULT_NOTIFIER_SETTINGS,
      routes: { 'unit:dept-9': { causes: ['urged'], webhook: [hooks.url] } },
      channels: { ...DEFAULT_NOTIFIER_SETTINGS.channels, webhookSecret: SECRET },
      dispatch: { ...DEFAULT_NOTIFIER_SETTINGS.dispatch, pollMs: 20, retryDelayMs: 30, maxRetryDelayMs: 200 },
      // Rounds only when the spec asks for one (and once at start).
      reminders: { ...DEFAULT_NOTIFIER_SETTINGS.reminders, intervalMs: 3_600_000 },
      lookbackDays,
    };
  }

  const urge = (on: TestApp, taskId: string, replyDueOn: string) =>
    post(
      on.url,
      `/api/tasks/${taskId}/urge`,
      { reason: '请于三日内报送进展', replyDueOn },
      { token: on.tokenFor(SUPERVISOR) },
    );

  /** A ledger that ran without a notifier: a task issued on 2 March and urged the same day. */
  async function givenHistoryWithoutNotifier(): Promise<{ databaseUrl: string; taskId: string; before: TestApp }> {
    const databaseUrl = await createTestDatabase('notifier_origin');
    const before = await startTestApp({ databaseUrl });
    await givenOrganisation(before);
    const taskId = await givenIssuedTask(before, { deadline: '2026-03-20' });
    expect((await urge(before, taskId, '2026-03-10')).status).toBe(200);
    await before.close();
    return { databaseUrl, taskId, before };
  }

  /** The notifier's first start, a day later; answers once it has folded the whole history. */
  async function whenNotifierFirstStarts(
    history: { databaseUrl: string; taskId: string; before: TestApp },
    lookbackDays: number,
  ): Promise<TestApp> {
    const started = await startTestApp({
      databaseUrl: history.databaseUrl,
      now: '2026-03-03T09:00:00+08:00',
      tokens: history.before.tokens,
      signingKeyPem: history.before.signingKeyPem,
      notifier: settings(lookbackDays),
    });
    const lastRevision = (await started.readStream(`task-${history.taskId}`)).length - 1;
    await eventually(
      () =>
        started.app
          .get(DataSource)
          .query<{ revision: string }[]>(`select revision from notifier_tasks where task_id = $1`, [history.taskId]),
      (rows) => rows.length === 1 && Number(rows[0].revision) === lastRevision,
    );
    return started;
  }

  const urgeDeliveries = (on: TestApp) =>
    on.app
      .get(DataSource)
      .query<{ channel: string; status: string }[]>(
        `select channel, status from ${DELIVERIES_TABLE} where recipient = 'unit:dept-9' and cause = 'urged' order by channel, id`,
      );

  it('tells nobody of the old urge, tells the new one, and still warns of the old task’s deadline', async () => {
    const history = await givenHistoryWithoutNotifier();
    app = await whenNotifierFirstStarts(history, 0);
    const on = app;

    // The history is passed over: no delivery at all, nothing in the inbox, no webhook request.
    expect(await on.app.get(DataSource).query(`select id from ${DELIVERIES_TABLE}`)).toEqual([]);
    expect((await get(on.url, '/api/inbox', { token: on.tokenFor(JUVENILE_UNIT) })).body.total).toBe(0);

    // A new urge after the start reaches the inbox and the webhook.
    expect((await urge(on, history.taskId, '2026-03-12')).status).toBe(200);
    const rows = await eventually(
      () => urgeDeliveries(on),
      (all) => all.length === 2 && all.every((row) => row.status === 'delivered'),
    );
    expect(rows.map((row) => row.channel)).toEqual(['inbox', 'webhook']);
    expect(hooks.accepted().size).toBe(1);

    // The old task was folded: the deadline warning comes to its leader as the clock moves (dept-9 is routed urges only).
    on.clock.set('2026-03-17T08:00:00+08:00');
    expect(await on.app.get(NotifierHost).running!.remindOnce()).toBeGreaterThan(0);
    const items = (await get(on.url, '/api/inbox', { token: on.tokenFor(JUVENILE_LEADER) })).body.items as {
      cause: string;
    }[];
    expect(items.map((item) => item.cause)).toContain('deadline_approaching');
  });

  it('with NOTIFIER_LOOKBACK_DAYS covering the old urge’s day, tells it once', async () => {
    const history = await givenHistoryWithoutNotifier();
    app = await whenNotifierFirstStarts(history, 2);
    const on = app;

    const rows = await eventually(
      () => urgeDeliveries(on),
      (all) => all.length === 2 && all.every((row) => row.status === 'delivered'),
    );
    expect(rows.map((row) => row.channel)).toEqual(['inbox', 'webhook']);
    await eventually(
      async () => hooks.accepted().size,
      (accepted) => accepted === 1,
    );

    // Started again, the notifier keeps its origin and its checkpoint: the urge is not told twice.
    app = await on.restart();
    const again = app;
    await eventually(
      async () => again.app.get(NotifierHost).running,
      (running) => running !== undefined,
    );
    expect(await urgeDeliveries(again)).toEqual(rows);
    expect(hooks.requests.length).toBe(1);
  });
});
