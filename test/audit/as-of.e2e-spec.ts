/** Auditors replay a task, or the whole board, to any moment, with the domain's own code. */
import { post } from '../support/http-client';
import { CRIMINAL_UNIT, JUVENILE_UNIT, PROGRAMME_ID, SUPERVISOR, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import type { TestApp } from '../support/test-app';
import { auditGet, currentTaskState, logSettled, startAuditApp } from './audit-support';

describe('a task as of a moment', () => {
  let app: TestApp;
  let taskId: string;
  const recorded: { revision: number; position: string; at: string; state: unknown }[] = [];

  beforeAll(async () => {
    app = await startAuditApp('2026-03-02T09:00:00+08:00');
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app, { deadline: '2026-03-20', coUnitIds: ['dept-1'] });
    const first = await app.readStream(`task-${taskId}`);
    recorded.push({ revision: 0, position: `${first[0].position.commit}-${first[0].position.prepare}`, at: app.clock.now().toISOString(), state: await currentTaskState(app, taskId) });
    const steps: [string, string, object, object][] = [
      ['2026-03-03T10:00:00+08:00', '/acknowledge', {}, JUVENILE_UNIT],
      ['2026-03-05T10:00:00+08:00', '/plan', { plan: '制定工作指引，分批试点。', milestones: [{ title: '工作指引', dueOn: '2026-03-15' }] }, JUVENILE_UNIT],
      ['2026-03-10T10:00:00+08:00', '/progress', { summary: '指引起草中', percent: 40 }, JUVENILE_UNIT],
      ['2026-03-12T10:00:00+08:00', '/urge', { reason: '请加快进度，按期报送', replyDueOn: '2026-03-16' }, SUPERVISOR],
      ['2026-03-18T10:00:00+08:00', '/countersign', { comment: '同意' }, CRIMINAL_UNIT],
      ['2026-03-19T10:00:00+08:00', '/completion-report', { summary: '已按期完成' }, JUVENILE_UNIT],
      ['2026-03-25T10:00:00+08:00', '/accept', { comment: '逾期办结' }, SUPERVISOR],
    ];
    for (const [at, path, body, who] of steps) {
      app.clock.set(at);
      const answer = await post(app.url, `/api/tasks/${taskId}${path}`, body, { token: app.tokenFor(who as never) });
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      recorded.push({ revision: answer.body.revision, position: answer.body.position, at: new Date(at).toISOString(), state: await currentTaskState(app, taskId) });
    }
  });
  afterAll(() => app.close());

  it('at each of its revisions equals the state recorded when that revision was written', async () => {
    for (const then of recorded) {
      const answer = await auditGet(app, `/api/audit/tasks/${taskId}/as-of?revision=${then.revision}`);
      expect(answer.status).toBe(200);
      expect({ revision: answer.body.revision, state: answer.body.state }).toEqual({ revision: then.revision, state: then.state });
    }
  });

  it('at the time and at the log position of each command equals the state recorded then', async () => {
    for (const then of recorded) {
      const byTime = await auditGet(app, `/api/audit/tasks/${taskId}/as-of?at=${encodeURIComponent(then.at)}`);
      const byPosition = await auditGet(app, `/api/audit/tasks/${taskId}/as-of?position=${then.position}`);
      expect([byTime.body.revision, byPosition.body.revision]).toEqual([then.revision, then.revision]);
      expect(byTime.body.state).toEqual(then.state);
      expect(byPosition.body.state).toEqual(then.state);
    }
  });

  it('shows the flags as they stood then: yellow near the deadline, red and overdue after it, none once accepted', async () => {
    const flagsAt = async (at: string) => (await auditGet(app, `/api/audit/tasks/${taskId}/as-of?at=${encodeURIComponent(at)}`)).body.flags;
    expect(await flagsAt('2026-03-05T12:00:00+08:00')).toEqual({ overdue: false, stale: false, light: 'green' });
    expect(await flagsAt('2026-03-14T12:00:00+08:00')).toEqual({ overdue: false, stale: false, light: 'yellow' });
    expect(await flagsAt('2026-03-22T12:00:00+08:00')).toEqual({ overdue: true, stale: false, light: 'red' });
    expect(await flagsAt('2026-03-26T12:00:00+08:00')).toEqual({ overdue: false, stale: false, light: 'none' });
  });

  it('shows a task not yet issued before its first event', async () => {
    const answer = await auditGet(app, `/api/audit/tasks/${taskId}/as-of?at=2026-03-01T00:00:00Z`);
    expect(answer.body).toMatchObject({ revision: -1, eventsReplayed: 0, state: { status: 'not_issued' } });
  });

  it('answers 404 for an unknown task and 400 unless exactly one of at, revision and position is given', async () => {
    expect((await auditGet(app, '/api/audit/tasks/no-such-task/as-of?revision=0')).body).toMatchObject({ statusCode: 404, code: 'TASK_NOT_FOUND' });
    const none = await auditGet(app, `/api/audit/tasks/${taskId}/as-of`);
    expect(none.status).toBe(400);
    expect(none.body.details.fields[0].field).toBe('at');
    const two = await auditGet(app, `/api/audit/tasks/${taskId}/as-of?revision=1&position=1-1`);
    expect(two.status).toBe(400);
    expect(two.body.details.fields[0].field).toBe('position');
    expect((await auditGet(app, `/api/audit/tasks/${taskId}/as-of?at=tomorrow`)).body.details.fields[0].field).toBe('at');
  });
});

describe('the board as of a moment', () => {
  let app: TestApp;
  let first: string;
  let second: string;
  let third: string;

  beforeAll(async () => {
    app = await startAuditApp('2026-03-09T10:00:00+08:00');
    await givenOrganisation(app);
    first = await givenIssuedTask(app, { code: '2026-01', deadline: '2026-03-12' });
    second = await givenIssuedTask(app, { code: '2026-02', deadline: '2026-12-31' });
    await post(app.url, `/api/tasks/${first}/acknowledge`, {}, { token: app.tokenFor(JUVENILE_UNIT) });
    // Today: one more task, the second acknowledged, the first cancelled.
    app.clock.set('2026-03-10T09:00:00+08:00');
    third = await givenIssuedTask(app, { code: '2026-03', deadline: '2026-06-30' });
    await post(app.url, `/api/tasks/${second}/acknowledge`, {}, { token: app.tokenFor(JUVENILE_UNIT) });
    const cancel = await post(app.url, `/api/tasks/${first}/cancel`, { reason: '任务调整' }, { token: app.tokenFor(SUPERVISOR) });
    expect(cancel.status).toBe(200);
    await logSettled(app);
  });
  afterAll(() => app.close());

  it('as of yesterday evening ignores every event of today', async () => {
    const answer = await auditGet(app, `/api/audit/board/as-of?at=${encodeURIComponent('2026-03-09T23:00:00+08:00')}`);
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((row: any) => [row.taskId, row.status, row.light])).toEqual([
      [first, 'acknowledged', 'yellow'],
      [second, 'issued', 'green'],
    ]);
    expect(answer.body.programmes).toEqual([
      expect.objectContaining({ programmeId: PROGRAMME_ID, plannedTaskCount: 68, tasks: 2, byStatus: { acknowledged: 1, issued: 1 }, byLight: { green: 1, yellow: 1, red: 0, none: 0 }, overdue: 0 }),
    ]);
  });

  it('as of now shows today’s events, and pages through the rows', async () => {
    const now = await auditGet(app, `/api/audit/board/as-of?at=${encodeURIComponent('2026-03-10T12:00:00+08:00')}&limit=2&offset=1`);
    expect(now.body).toMatchObject({ total: 3, offset: 1, limit: 2 });
    expect(now.body.items.map((row: any) => [row.taskId, row.status])).toEqual([
      [second, 'acknowledged'],
      [third, 'issued'],
    ]);
    expect(now.body.programmes[0].byStatus).toEqual({ cancelled: 1, acknowledged: 1, issued: 1 });
  });

  it('as of after the first task’s deadline does not count it overdue: it was cancelled the day before', async () => {
    const later = await auditGet(app, `/api/audit/board/as-of?at=${encodeURIComponent('2026-03-13T12:00:00+08:00')}&programmeId=${PROGRAMME_ID}`);
    expect(later.body.programmes[0]).toMatchObject({ overdue: 0, byLight: { none: 1, green: 2, yellow: 0, red: 0 } });
  });

  it('refuses a revision (a board has none) and a bad page size, naming the field', async () => {
    expect((await auditGet(app, '/api/audit/board/as-of?revision=3')).body.details.fields[0].field).toBe('revision');
    expect((await auditGet(app, '/api/audit/board/as-of?at=2026-03-10&limit=0')).body.details.fields[0].field).toBe('limit');
  });
});
