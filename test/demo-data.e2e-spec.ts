/**
 * The demo data set, on today's clock: the 2022 programme as history and the live programme dated
 * around the day of the first seeding, made through the command handlers, only once, with every light
 * on the board and work waiting for each demo user; and the deadline watcher settled before the demo
 * is announced, so that its next round does not make an ETag a client just read stale.
 */
import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { hashEvent, GENESIS_HASH, type RecordedEvent } from '@app/event-store';
import { DeadlineWatcher, commandBusSender } from '@app/deadline-watcher';
import { ProjectionAdmin } from '@app/projector';
import { DEFAULT_WATCHER_SETTINGS, type WatcherSettings } from '@app/runtime';
import { calendarDateOf } from '@app/supervision';
import { seedDemoData, type SeededDemo } from '../apps/api/src/demo/seed-demo-data';
import { demoStories } from '../apps/api/src/demo/demo-tasks';
import { CURRENT_PROGRAMME_ID, addDays, currentStories } from '../apps/api/src/demo/demo-current-programme';
import { DEMO_USERS } from '../apps/api/src/demo/demo-users';
import { get, post } from './support/http-client';
import { TEST_PROJECTOR_OPTIONS, startTestApp, type TestApp } from './support/test-app';

// The watcher on, as `npm start` runs it, with rounds an hour apart: after its first round, the spec decides when one runs.
const WATCHER: WatcherSettings = { ...DEFAULT_WATCHER_SETTINGS, intervalMs: 3_600_000 };
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const task = (number: string) => `${CURRENT_PROGRAMME_ID}-${number}`;

describe('the demo data set', () => {
  const today = new Date();
  let app: TestApp;
  let first: SeededDemo;
  beforeAll(async () => {
    app = await startTestApp({
      now: today.toISOString(),
      projector: { runInProcess: true, options: TEST_PROJECTOR_OPTIONS, watcher: WATCHER },
    });
    first = await seedDemoData(app.app);
  });
  afterAll(() => app.close());

  const tokenOf = (user: keyof typeof DEMO_USERS) => app.tokenFor(DEMO_USERS[user]);
  /** Reads once every read model reflects the log's head (read your writes). */
  const read = async (path: string, user: keyof typeof DEMO_USERS = 'reader') => {
    await app.app.get(ProjectionAdmin).waitForPosition('all', await app.store.headPosition(), 10_000);
    return get(app.url, path, { token: tokenOf(user) });
  };
  const act = (user: keyof typeof DEMO_USERS, path: string, body: object, headers: Record<string, string> = {}) =>
    post(app.url, path, body, { token: tokenOf(user), headers });
  const nextWatcherRound = () =>
    new DeadlineWatcher({
      dataSource: app.app.get(DataSource),
      send: commandBusSender(app.app.get(CommandBus)),
      clock: app.clock,
      settings: WATCHER,
      logger: quiet,
    }).watchOnce();
  const boardTotal = async (query: string) => {
    const answer = await read(`/api/tasks?programme=${CURRENT_PROGRAMME_ID}&${query}`);
    expect(answer.status).toBe(200);
    return answer.body.total as number;
  };

  describe('when seeded for the first time', () => {
    it('anchors the live programme on today, and a second run adds nothing, not even a missed deadline', async () => {
      expect(first.anchorDay).toBe(calendarDateOf(today));
      expect(first.appendedEvents).toBeGreaterThan(150);
      expect(first.deadlines?.recorded).toBeGreaterThan(0); // the red tasks' deadlines, recorded before the demo was announced
      const head = await app.settledHead();
      const second = await seedDemoData(app.app);
      expect(second).toEqual({
        commands: first.commands,
        appendedEvents: 0,
        anchorDay: first.anchorDay,
        deadlines: { recorded: 0, urged: 0 },
      });
      expect(await app.settledHead()).toEqual(head);
    });

    it('keeps the 2022 programme as history: its tasks at varied stages, dated in 2022, each with a sound hash chain', async () => {
      const lastTypes = new Set<string>();
      for (const story of demoStories()) {
        const events = await app.readStream(`task-${story.task.taskId}`);
        expect(events.filter((event) => event.type !== 'DeadlineMissed')).toHaveLength(story.acts.length);
        expectSoundChain(events);
        lastTypes.add(events.filter((event) => event.type !== 'DeadlineMissed').at(-1)!.type);
      }
      for (const type of [
        'TaskIssued',
        'TaskAcknowledged',
        'TaskRated',
        'CompletionReported',
        'RectificationReported',
        'TaskSuspended',
        'TaskCancelled',
        'ProgressReported',
      ]) {
        expect(lastTypes).toContain(type);
      }
      const [issued] = await app.readStream('task-spp-2022-2022-01');
      expect(issued.metadata.occurredAt).toBe('2022-02-08T02:00:00.000Z');
    });

    it('names the live programme after this year and dates its acts before today', async () => {
      const programme = await read(`/api/dashboards/programmes/${CURRENT_PROGRAMME_ID}`);
      expect(programme.body.programme).toMatchObject({
        name: `最高检党组${first.anchorDay.slice(0, 4)}年重点督办任务`,
        year: Number(first.anchorDay.slice(0, 4)),
      });
      for (const story of currentStories(first.anchorDay)) {
        const events = await app.readStream(`task-${story.task.taskId}`);
        expectSoundChain(events);
        const acts = events.filter((event) => event.type !== 'DeadlineMissed');
        expect(acts).toHaveLength(story.acts.length);
        for (const event of acts) expect(Date.parse(String(event.metadata.occurredAt))).toBeLessThan(today.getTime());
      }
    });
  });

  describe('on today’s board', () => {
    it('shows green, yellow and red tasks, and a finished one without a light', async () => {
      for (const light of ['green', 'yellow', 'red', 'none'])
        expect(await boardTotal(`light=${light}`)).toBeGreaterThan(0);
    });

    it('answers the README’s showcase search (q=未成年人, red or yellow) with tasks', async () => {
      const answer = await read(`/api/tasks?q=${encodeURIComponent('未成年人')}&light=red,yellow&sort=deadline`);
      expect(answer.body.total).toBeGreaterThanOrEqual(2);
      expect(answer.body.items.map((item: { id: string }) => item.id)).toEqual(
        expect.arrayContaining([task('02'), task('03')]),
      );
    });

    it('gives the watcher’s next round nothing to record, so an ETag read now still holds', async () => {
      const before = await read(`/api/tasks/${task('03')}`);
      expect(before.body.flags.light).toBe('red');
      expect(before.body.missedDeadlines).toHaveLength(1);
      expect(await nextWatcherRound()).toMatchObject({ recorded: 0, urged: 0, failed: 0 });
      const answer = await act(
        'leader',
        `/api/tasks/${task('03')}/instructions`,
        { text: '请于本周内报送落实情况。' },
        { 'if-match': before.headers.get('etag')! },
      );
      expect(answer.status).toBe(200);
    });
  });

  describe('each demo user has work waiting', () => {
    it('the unit (dept-9) acknowledges one task, plans another and answers an urge with a progress report', async () => {
      expect(await boardTotal('unit=dept-9&status=issued')).toBeGreaterThan(0);
      expect(await boardTotal('unit=dept-9&status=acknowledged')).toBeGreaterThan(0);
      expect((await act('unit', `/api/tasks/${task('01')}/acknowledge`, {})).status).toBe(200);
      const plan = {
        plan: '分阶段推进，按月报告。',
        milestones: [{ title: '形成工作方案', dueOn: addDays(first.anchorDay, 4) }],
      };
      expect((await act('unit', `/api/tasks/${task('02')}/plan`, plan)).status).toBe(200);
      const [urge] = (await read(`/api/tasks/${task('03')}`, 'unit')).body.pendingUrges;
      expect(
        (
          await act('unit', `/api/tasks/${task('03')}/progress`, {
            summary: '检察建议已全部制发，正在跟踪落实。',
            percent: 80,
            answersUrgeId: urge.urgeId,
          })
        ).status,
      ).toBe(200);
    });

    it('the co-unit (dept-1) owes a countersign, without which the lead unit cannot report completion', async () => {
      const refused = await act('unit', `/api/tasks/${task('04')}/completion-report`, { summary: '工作规范已印发。' });
      expect(refused).toMatchObject({
        status: 422,
        body: { code: 'COUNTERSIGNS_MISSING', details: { missingUnitIds: ['dept-1'] } },
      });
      expect((await act('co-unit', `/api/tasks/${task('04')}/countersign`, { comment: '同意报送' })).status).toBe(200);
      expect(
        (await act('unit', `/api/tasks/${task('04')}/completion-report`, { summary: '工作规范已印发。' })).status,
      ).toBe(200);
    });

    it('the supervisor rules on an open extension request and on a completion report', async () => {
      const detail = await read(`/api/tasks/${task('05')}`, 'supervisor');
      const open = detail.body.extensionRequests.filter((request: { decision: string }) => request.decision === 'open');
      expect(open).toHaveLength(1);
      expect(
        (await act('supervisor', `/api/tasks/${task('05')}/extension-requests/${open[0].requestId}/approve`, {}))
          .status,
      ).toBe(200);
      expect(await boardTotal('status=completion_reported')).toBeGreaterThan(0);
      expect((await act('supervisor', `/api/tasks/${task('06')}/accept`, { comment: '同意办结' })).status).toBe(200);
    });

    it('the leader has open tasks to instruct on', async () => {
      expect(await boardTotal('leader=leader-juvenile&status=issued,acknowledged,in_progress')).toBeGreaterThan(0);
      expect(
        (await act('leader', `/api/tasks/${task('01')}/instructions`, { text: '要细化评估指标，尽快形成初稿。' }))
          .status,
      ).toBe(200);
    });
  });

  describe('when restarted a week later', () => {
    it('replays the same commands, and records the deadlines that passed meanwhile before announcing the demo', async () => {
      app.clock.set(new Date(today.getTime() + 7 * 24 * 60 * 60 * 1000).toISOString());
      app = await app.restart();
      const again = await seedDemoData(app.app);
      expect(again).toMatchObject({ commands: first.commands, appendedEvents: 0, anchorDay: first.anchorDay });
      // 02 (due five days after the anchor) went red while the server was down: recorded already, by the seeding's round or the watcher's first.
      const missed = (await app.readStream(`task-${task('02')}`)).filter((event) => event.type === 'DeadlineMissed');
      expect(missed.map((event) => event.data.deadline)).toEqual([addDays(first.anchorDay, 5)]);
      const etag = (await read(`/api/tasks/${task('02')}`)).headers.get('etag');
      expect(await nextWatcherRound()).toMatchObject({ recorded: 0, urged: 0, failed: 0 });
      expect((await read(`/api/tasks/${task('02')}`)).headers.get('etag')).toBe(etag);
    });
  });
});

describe('the demo data set beside a projector process of its own (RUN_PROJECTOR=false)', () => {
  let app: TestApp;
  beforeAll(
    async () =>
      (app = await startTestApp({
        now: new Date().toISOString(),
        projector: { runInProcess: false, options: TEST_PROJECTOR_OPTIONS, watcher: WATCHER },
      })),
  );
  afterAll(() => app.close());

  it('leaves missed deadlines to that process’s watcher, and neither waits for it nor records them itself', async () => {
    const seeded = await seedDemoData(app.app);
    expect(seeded.appendedEvents).toBeGreaterThan(150);
    expect(seeded.deadlines).toBeUndefined();
    expect((await app.readStream(`task-${task('03')}`)).map((event) => event.type)).not.toContain('DeadlineMissed');
  });
});

function expectSoundChain(events: RecordedEvent[]): void {
  let prevHash = GENESIS_HASH;
  for (const event of events) {
    expect(event.metadata.prevHash).toBe(prevHash);
    expect(hashEvent(event)).toBe(event.metadata.hash);
    prevHash = String(event.metadata.hash);
  }
}
