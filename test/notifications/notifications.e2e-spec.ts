/**
 * Notifications end to end: the notifier follows the log beside the embedded projector, writes one
 * delivery per cause, recipient and channel, puts it in the inbox, and sends it over a real SMTP server
 * and a real webhook receiver; a failing channel is retried, dead-lettered, replayed by an admin.
 */
import { DataSource } from 'typeorm';
import {
  DEFAULT_NOTIFIER_SETTINGS,
  DELIVERIES_TABLE,
  NotifierHost,
  type NotifierSettings,
  type NotificationRoutes,
} from '@app/notifier';
import { eventually } from '@app/testing';
import { get, post } from '../support/http-client';
import {
  ADMIN,
  CRIMINAL_UNIT,
  JUVENILE_LEADER,
  JUVENILE_UNIT,
  READER,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
} from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { startHookReceiver, startMailServer, type HookReceiver, type MailServer } from './channel-receivers';

const SECRET = 'a-webhook-secret-of-the-test-only-0123456789';

function settingsFor(
  routes: NotificationRoutes,
  mail: MailServer,
  overrides: Partial<NotifierSettings['dispatch']> = {},
  reminders: Partial<NotifierSettings['reminders']> = {},
): NotifierSettings {
  return {
    ...DEFAULT_NOTIFIER_SETTINGS,
    routes,
    channels: { ...DEFAULT_NOTIFIER_SETTINGS.channels, smtpUrl: mail.url, webhookSecret: SECRET },
    dispatch: {
      ...DEFAULT_NOTIFIER_SETTINGS.dispatch,
      pollMs: 20,
      retryDelayMs: 30,
      maxRetryDelayMs: 200,
      leaseMs: 5_000,
      maxAttempts: 5,
      ...overrides,
    },
    // Rounds only when the spec asks for one (and once at start), so it knows which clock each saw.
    reminders: { ...DEFAULT_NOTIFIER_SETTINGS.reminders, intervalMs: 3_600_000, ...reminders },
  };
}

describe('notifications', () => {
  let app: TestApp;
  let mail: MailServer;
  let hooks: HookReceiver;
  beforeEach(async () => {
    mail = await startMailServer();
    hooks = await startHookReceiver(SECRET);
  });
  afterEach(async () => {
    await app?.close();
    await mail.close();
    await hooks.close();
  });

  const inbox = (claims: Parameters<TestApp['tokenFor']>[0], query = '') =>
    get(app.url, `/api/inbox${query}`, { token: app.tokenFor(claims) });
  const urge = (taskId: string) =>
    post(
      app.url,
      `/api/tasks/${taskId}/urge`,
      { reason: '请于三日内报送进展', replyDueOn: '2026-03-10' },
      { token: app.tokenFor(SUPERVISOR) },
    );
  /** dept-9's deliveries (the other parties' inboxes aside). */
  const deliveries = (): Promise<{ id: string; channel: string; status: string; attempts: number; cause: string }[]> =>
    app.app
      .get(DataSource)
      .query(
        `select id, channel, status, attempts, cause from ${DELIVERIES_TABLE} where recipient = 'unit:dept-9' order by channel, id`,
      );

  describe('an urge, with dept-9 routed to mail and a webhook for urges', () => {
    beforeEach(async () => {
      app = await startTestApp({
        notifier: settingsFor(
          { 'unit:dept-9': { causes: ['urged'], email: ['dept9@example.org'], webhook: [hooks.url] } },
          mail,
        ),
      });
      await givenOrganisation(app);
    });

    it('reaches the unit’s inbox, the SMTP server and the webhook receiver that failed twice first: delivered once, with the same id', async () => {
      const taskId = await givenIssuedTask(app);
      hooks.failNext(2);
      expect((await urge(taskId)).status).toBe(200);

      // The unit's inbox shows it, unread.
      const page = await eventually(
        () => inbox(JUVENILE_UNIT),
        (answer) => answer.body.items?.length === 1,
      );
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({
        total: 1,
        unread: 1,
        items: [{ cause: 'urged', causeLabel: '催办', taskId, read: false }],
      });
      expect(page.body.items[0].title).toContain('催办通知');

      // The mail arrived once, with its delivery id.
      await eventually(
        async () => mail.mails.length,
        (count) => count >= 1,
      );
      const [email] = mail.mails;
      expect(email.to).toEqual(['dept9@example.org']);
      const rows = await eventually(
        deliveries,
        (all) =>
          all.filter((row) => row.channel !== 'inbox').every((row) => row.status === 'delivered') && all.length === 3,
      );
      expect(email.id).toBe(rows.find((row) => row.channel === 'email')!.id);

      // The webhook was tried three times with the same id and a valid signature, and accepted once.
      const hookId = rows.find((row) => row.channel === 'webhook')!.id;
      expect(hooks.requests.map((request) => [request.id, request.status, request.signed])).toEqual([
        [hookId, 500, true],
        [hookId, 500, true],
        [hookId, 200, true],
      ]);
      expect(hooks.requests[2].body).toMatchObject({
        id: hookId,
        cause: 'urged',
        causeLabel: '催办',
        taskId,
        recipient: 'unit:dept-9',
      });
      expect(rows.find((row) => row.channel === 'webhook')).toMatchObject({ status: 'delivered', attempts: 3 });
      expect(mail.mails).toHaveLength(1);

      // The timeline shows each notification of the urge, delivered.
      const timeline = await get(app.url, `/api/tasks/${taskId}/timeline`, { token: app.tokenFor(SUPERVISOR) });
      const urgeEntry = timeline.body.items.find((item: { type: string }) => item.type === 'UrgeNoticeIssued');
      expect(
        urgeEntry.notifications
          .map((n: { recipient: string; channel: string; status: string }) => `${n.recipient} ${n.channel} ${n.status}`)
          .sort(),
      ).toEqual([
        'leader:leader-juvenile inbox delivered',
        'unit:dept-9 email delivered',
        'unit:dept-9 inbox delivered',
        'unit:dept-9 webhook delivered',
      ]);
    });

    it('shows each user only their own inbox, and marks read per user', async () => {
      const taskId = await givenIssuedTask(app);
      await urge(taskId);
      const page = await eventually(
        () => inbox(JUVENILE_UNIT),
        (answer) => answer.body.items?.length === 1,
      );
      const id = page.body.items[0].id;

      // The leader in charge is told of the urge too; the co-unit and a reader are not.
      expect(
        (
          await eventually(
            () => inbox(JUVENILE_LEADER),
            (answer) => answer.body.total >= 2,
          )
        ).body.items.map((item: { cause: string }) => item.cause),
      ).toEqual(['urged', 'task_issued']);
      expect((await inbox(CRIMINAL_UNIT)).body.items.map((item: { cause: string }) => item.cause)).toEqual([
        'task_issued',
      ]);
      expect((await inbox(READER)).body).toMatchObject({ items: [], total: 0, unread: 0 });

      // Someone else's notification is not found for them; their own is marked read, once.
      expect((await post(app.url, `/api/inbox/${id}/read`, {}, { token: app.tokenFor(CRIMINAL_UNIT) })).status).toBe(
        404,
      );
      const first = await post(app.url, `/api/inbox/${id}/read`, {}, { token: app.tokenFor(JUVENILE_UNIT) });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ id, read: true });
      const again = await post(app.url, `/api/inbox/${id}/read`, {}, { token: app.tokenFor(JUVENILE_UNIT) });
      expect(again.body.readAt).toBe(first.body.readAt);
      expect((await inbox(JUVENILE_UNIT)).body).toMatchObject({ total: 1, unread: 0, items: [{ id, read: true }] });
      expect((await inbox(JUVENILE_UNIT, '?unread=true')).body).toMatchObject({ total: 0, items: [] });
      // Another member of dept-9 still has it unread.
      expect((await inbox({ ...JUVENILE_UNIT, sub: 'dept-9-second' })).body).toMatchObject({ unread: 1 });

      // A malformed id or query is a 400 that names it.
      expect(
        (await post(app.url, '/api/inbox/not-a-uuid/read', {}, { token: app.tokenFor(JUVENILE_UNIT) })).body.code,
      ).toBe('BAD_ID');
      expect((await inbox(JUVENILE_UNIT, '?unread=yes')).status).toBe(400);
    });
  });

  describe('a webhook that stays down', () => {
    beforeEach(async () => {
      app = await startTestApp({
        notifier: settingsFor({ 'unit:dept-9': { causes: ['urged'], inbox: false, webhook: [hooks.url] } }, mail, {
          maxAttempts: 3,
        }),
      });
      await givenOrganisation(app);
    });

    it('is dead-lettered after the last try, blocks no command meanwhile, and an admin’s retry delivers it with the same id', async () => {
      hooks.failAll(true);
      const taskId = await givenIssuedTask(app);
      expect((await urge(taskId)).status).toBe(200);
      const [dead] = await eventually(deliveries, (rows) => rows.length === 1 && rows[0].status === 'dead');
      expect(dead.channel).toBe('webhook');
      expect(dead.attempts).toBe(3);
      expect(hooks.requests).toHaveLength(3);
      // Commands go on while the channel is down.
      expect(
        (await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, { token: app.tokenFor(JUVENILE_UNIT) })).status,
      ).toBe(200);

      expect(
        (await post(app.url, `/api/notifications/${dead.id}/retry`, {}, { token: app.tokenFor(SUPERVISOR) })).status,
      ).toBe(403);
      hooks.failAll(false);
      const retried = await post(app.url, `/api/notifications/${dead.id}/retry`, {}, { token: app.tokenFor(ADMIN) });
      expect(retried.status).toBe(200);
      expect(retried.body).toEqual({ id: dead.id, status: 'pending' });
      await eventually(deliveries, (rows) => rows[0].status === 'delivered');
      expect(hooks.accepted()).toEqual(new Set([dead.id]));
      expect(hooks.requests.map((request) => request.id)).toEqual([dead.id, dead.id, dead.id, dead.id]);

      // Delivered: nothing more to retry; an unknown id is a 404.
      expect(
        (await post(app.url, `/api/notifications/${dead.id}/retry`, {}, { token: app.tokenFor(ADMIN) })).body.code,
      ).toBe('NOTIFICATION_NOT_RETRYABLE');
      expect(
        (
          await post(
            app.url,
            '/api/notifications/3f1c2a9e-6b7d-5e4f-8a1b-2c3d4e5f6a7b/retry',
            {},
            { token: app.tokenFor(ADMIN) },
          )
        ).status,
      ).toBe(404);
    });
  });

  describe('reminders', () => {
    beforeEach(async () => {
      app = await startTestApp({
        now: '2026-03-02T09:00:00+08:00',
        notifier: settingsFor(
          { 'unit:dept-9': { email: ['dept9@example.org'] } },
          mail,
          {},
          { daysAhead: 3, noProgressDays: 0 },
        ),
      });
      await givenOrganisation(app);
    });

    it('warn of a deadline once, N days before it, as the clock moves', async () => {
      const taskId = await givenIssuedTask(app, { deadline: '2026-03-20' });
      await eventually(
        () => inbox(JUVENILE_UNIT),
        (answer) => answer.body.total === 1,
      );
      const notifier = app.app.get(NotifierHost).running!;
      const warnings = async () =>
        (await inbox(JUVENILE_UNIT)).body.items.filter(
          (item: { cause: string }) => item.cause === 'deadline_approaching',
        );

      app.clock.set('2026-03-16T09:00:00+08:00');
      expect(await notifier.remindOnce()).toBe(0);
      expect(await warnings()).toEqual([]);

      app.clock.set('2026-03-17T08:00:00+08:00');
      expect(await notifier.remindOnce()).toBe(3); // dept-9's inbox and mail, the leader's inbox
      app.clock.set('2026-03-18T08:00:00+08:00');
      expect(await notifier.remindOnce()).toBe(0);
      app.clock.set('2026-03-20T23:00:00+08:00');
      expect(await notifier.remindOnce()).toBe(0);

      const [warning] = await warnings();
      expect(warning).toMatchObject({
        taskId,
        causeLabel: '到期预警',
        occurredAt: new Date('2026-03-17T08:00:00+08:00').toISOString(),
      });
      expect(warning.body).toContain('完成时限 2026-03-20，还有 3 天');
      // dept-9 is routed every cause by mail: the task's issue and the warning are a mail each. Counted
      // once both are delivered (a delivered row's mail has been accepted), not while they are on their way.
      const mailed = await eventually(
        async () => (await deliveries()).filter((row) => row.channel === 'email'),
        (rows) => rows.length === 2 && rows.every((row) => row.status === 'delivered'),
      );
      expect(mailed.map((row) => `${row.cause} ${row.attempts}`).sort()).toEqual([
        'deadline_approaching 1',
        'task_issued 1',
      ]);
      // More rounds and dispatches send nothing again: the warning is one mail.
      expect(await notifier.remindOnce()).toBe(0);
      await notifier.dispatchDue();
      const warningMail = mailed.find((row) => row.cause === 'deadline_approaching')!;
      expect(mail.mails.filter((received) => received.id === warningMail.id)).toHaveLength(1);
      expect(mail.mails.map((received) => received.id).sort()).toEqual(mailed.map((row) => row.id).sort());
      expect((await inbox(JUVENILE_LEADER)).body.items.map((item: { cause: string }) => item.cause)).toEqual([
        'deadline_approaching',
        'task_issued',
      ]);

      // The timeline lists the reminders apart from the events, delivered.
      const timeline = await get(app.url, `/api/tasks/${taskId}/timeline`, { token: app.tokenFor(SUPERVISOR) });
      await eventually(deliveries, (rows) => rows.every((row) => row.status === 'delivered'));
      const again = await get(app.url, `/api/tasks/${taskId}/timeline`, { token: app.tokenFor(SUPERVISOR) });
      expect(timeline.status).toBe(200);
      expect(
        again.body.reminders
          .map((n: { cause: string; channel: string; status: string }) => `${n.cause} ${n.channel} ${n.status}`)
          .sort(),
      ).toEqual([
        'deadline_approaching email delivered',
        'deadline_approaching inbox delivered',
        'deadline_approaching inbox delivered',
      ]);
    });
  });
});
