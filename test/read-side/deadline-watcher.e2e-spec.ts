import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { parsePosition, type RecordedEvent } from '@app/event-store';
import { ProjectionAdmin } from '@app/projector';
import { DeadlineWatcher, commandBusSender } from '@app/deadline-watcher';
import { DEFAULT_WATCHER_SETTINGS, type WatcherSettings } from '@app/runtime';
import { eventually } from '@app/testing';
import { post } from '../support/http-client';
import { SUPERVISOR, givenOrganisation, juvenileTask } from '../support/ledger-fixtures';
import { TEST_PROJECTOR_OPTIONS, startTestApp, type TestApp } from '../support/test-app';

const DEADLINE = '2026-03-10';
const LAST_MINUTE_OF_DEADLINE = '2026-03-10T23:59:00+08:00';
const FIRST_SECOND_AFTER = '2026-03-11T00:00:01+08:00';
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe('the deadline watcher', () => {
  let app: TestApp;
  afterEach(() => app.close());

  const watcherOf = (settings: Partial<WatcherSettings> = {}) =>
    new DeadlineWatcher({
      dataSource: app.app.get(DataSource),
      send: commandBusSender(app.app.get(CommandBus)),
      clock: app.clock,
      settings: { ...DEFAULT_WATCHER_SETTINGS, ...settings },
      logger: quiet,
    });
  const eventsOf = async (taskId: string, type: string) =>
    (await app.readStream(`task-${taskId}`)).filter((event) => event.type === type);

  /** Issues a task due on DEADLINE and waits until the watcher's read model shows it. */
  async function givenTaskDueOn10March(code: string): Promise<string> {
    const answer = await post(app.url, '/api/tasks', juvenileTask({ code, deadline: DEADLINE }), {
      token: app.tokenFor(SUPERVISOR),
    });
    expect(answer.status).toBe(201);
    await caughtUpTo(answer.body.position);
    return answer.body.id;
  }
  async function caughtUpTo(position: string): Promise<void> {
    expect(await app.app.get(ProjectionAdmin).waitForPosition('task-deadlines', parsePosition(position)!, 10_000)).toBe(
      true,
    );
  }
  async function caughtUpWith(taskId: string): Promise<void> {
    const events = await app.readStream(`task-${taskId}`);
    await caughtUpTo(`${events.at(-1)!.position.commit}-${events.at(-1)!.position.prepare}`);
  }

  describe('with the automatic urge off', () => {
    beforeEach(async () => {
      app = await startTestApp();
      await givenOrganisation(app);
    });

    it('records nothing on the deadline day itself, then one DeadlineMissed once the day is over, and nothing more on the next rounds', async () => {
      const taskId = await givenTaskDueOn10March('2026-01');
      const watcher = watcherOf();

      app.clock.set(LAST_MINUTE_OF_DEADLINE);
      expect(await watcher.watchOnce()).toEqual({ overdue: 0, recorded: 0, urged: 0, failed: 0 });

      app.clock.set(FIRST_SECOND_AFTER);
      expect(await watcher.watchOnce()).toMatchObject({ overdue: 1, recorded: 1, failed: 0 });
      await caughtUpWith(taskId);
      expect(await watcher.watchOnce()).toEqual({ overdue: 0, recorded: 0, urged: 0, failed: 0 });

      const missed = await eventsOf(taskId, 'DeadlineMissed');
      expect(missed.map((event) => event.data)).toEqual([
        { deadline: DEADLINE, recordedAt: new Date(FIRST_SECOND_AFTER).toISOString() },
      ]);
      expect(missed[0].metadata).toMatchObject({
        actorId: 'deadline-watcher',
        role: 'supervisor',
        commandName: 'RecordMissedDeadline',
      });
      expect(await eventsOf(taskId, 'UrgeNoticeIssued')).toEqual([]);
    });

    it('records each missed deadline once when two watchers run at the same time', async () => {
      const taskIds = [
        await givenTaskDueOn10March('2026-01'),
        await givenTaskDueOn10March('2026-02'),
        await givenTaskDueOn10March('2026-03'),
      ];
      app.clock.set(FIRST_SECOND_AFTER);

      const rounds = await Promise.all([watcherOf().watchOnce(), watcherOf().watchOnce(), watcherOf().watchOnce()]);

      // Identical acts from two watchers carry the same event ids: the store keeps the first and absorbs the other.
      expect(rounds.every((round) => round.failed === 0)).toBe(true);
      for (const taskId of taskIds) expect(await eventsOf(taskId, 'DeadlineMissed')).toHaveLength(1);
    });

    it('leaves a cancelled task alone', async () => {
      const taskId = await givenTaskDueOn10March('2026-01');
      const cancelled = await post(
        app.url,
        `/api/tasks/${taskId}/cancel`,
        { reason: '任务已由其他批次承接' },
        { token: app.tokenFor(SUPERVISOR) },
      );
      expect(cancelled.status).toBe(200);
      await caughtUpTo(cancelled.body.position);
      app.clock.set(FIRST_SECOND_AFTER);

      expect(await watcherOf().watchOnce()).toEqual({ overdue: 0, recorded: 0, urged: 0, failed: 0 });
      expect(await eventsOf(taskId, 'DeadlineMissed')).toEqual([]);
    });
  });

  describe('with the automatic urge on', () => {
    beforeEach(async () => {
      app = await startTestApp();
      await givenOrganisation(app);
    });

    it('urges the lead unit once, in Chinese, with the reply due the configured days later, even from two watchers', async () => {
      const taskId = await givenTaskDueOn10March('2026-01');
      app.clock.set(FIRST_SECOND_AFTER);

      const rounds = await Promise.all([
        watcherOf({ autoUrge: true, urgeReplyDays: 3 }).watchOnce(),
        watcherOf({ autoUrge: true, urgeReplyDays: 3 }).watchOnce(),
      ]);
      await caughtUpWith(taskId);
      expect(await watcherOf({ autoUrge: true, urgeReplyDays: 3 }).watchOnce()).toMatchObject({ overdue: 0 });

      expect(rounds.every((round) => round.failed === 0)).toBe(true);
      expect(await eventsOf(taskId, 'DeadlineMissed')).toHaveLength(1);
      const urges: RecordedEvent[] = await eventsOf(taskId, 'UrgeNoticeIssued');
      expect(urges.map((event) => event.data)).toEqual([
        {
          urgeId: 'deadline-missed-2026-03-10',
          reason: '该任务已超过办理期限（2026-03-10）仍未办结，请于2026-03-14前书面报告办理进展及延误原因。',
          replyDueOn: '2026-03-14',
          issuedAt: new Date(FIRST_SECOND_AFTER).toISOString(),
        },
      ]);
    });
  });

  describe('in the API process of the embedded mode', () => {
    it('runs on its own schedule beside the projector and records the missed deadline when time moves on', async () => {
      const watcher: WatcherSettings = { ...DEFAULT_WATCHER_SETTINGS, intervalMs: 25 };
      app = await startTestApp({ projector: { runInProcess: true, options: TEST_PROJECTOR_OPTIONS, watcher } });
      await givenOrganisation(app);
      const taskId = await givenTaskDueOn10March('2026-01');

      app.clock.set(FIRST_SECOND_AFTER);

      await eventually(async () => (await eventsOf(taskId, 'DeadlineMissed')).length === 1);
      await caughtUpWith(taskId);
      expect(await eventsOf(taskId, 'DeadlineMissed')).toHaveLength(1);
    });
  });
});
