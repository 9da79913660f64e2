/** Auditors replay a task, or the whole board, to any moment, with the domain's own code. */
import { post } from '../support/http-client';
import {
  CRIMINAL_UNIT,
  JUVENILE_LEADER,
  JUVENILE_UNIT,
  PROGRAMME_ID,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
  juvenileTask,
} from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { auditGet, startAuditApp } from './audit-support';
import { LiveDetailRecorder, sharedFieldsOfAsOf, sharedFieldsOfDetail } from './live-detail-recorder';

describe('a task as of a moment, against the live detail recorded as it went', () => {
  let app: TestApp;
  let taskId = '';
  let recorder: LiveDetailRecorder;

  // Issued with a deadline of 10 April and one co-unit; left without a report long enough to go stale,
  // past its deadline with an extension pending, then extended, returned once, accepted, rated and looked back on.
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-03-02T09:00:00+08:00' });
    await givenOrganisation(app);
    recorder = new LiveDetailRecorder(app);
    const act = recorder.act.bind(recorder);
    taskId = await recorder.issue(
      '2026-03-02T09:00:00+08:00',
      juvenileTask({ deadline: '2026-04-10', coUnitIds: ['dept-1'] }),
      SUPERVISOR,
    );
    await act('2026-03-03T10:00:00+08:00', '/acknowledge', {}, JUVENILE_UNIT);
    await act('2026-03-04T10:00:00+08:00', '/instructions', { text: '要抓好统一集中办理的规范化。' }, JUVENILE_LEADER);
    const plan = await act(
      '2026-03-05T10:00:00+08:00',
      '/plan',
      { plan: '制定工作指引，分批试点。', milestones: [{ title: '工作指引', dueOn: '2026-03-31' }] },
      JUVENILE_UNIT,
    );
    await act('2026-03-06T10:00:00+08:00', '/progress', { summary: '指引起草中', percent: 20 }, JUVENILE_UNIT);
    await recorder.look('2026-04-06T12:00:00+08:00');
    const urge = await act(
      '2026-04-07T10:00:00+08:00',
      '/urge',
      { reason: '请加快进度，按期报送', replyDueOn: '2026-04-09' },
      SUPERVISOR,
    );
    await act(
      '2026-04-08T10:00:00+08:00',
      '/progress',
      { summary: '已确定试点地区', percent: 50, answersUrgeId: urge.created.urgeId },
      JUVENILE_UNIT,
    );
    const extension = await act(
      '2026-04-09T10:00:00+08:00',
      '/extension-requests',
      { requestedDeadline: '2026-05-31', reason: '试点需延长' },
      JUVENILE_UNIT,
    );
    await recorder.look('2026-04-11T12:00:00+08:00');
    await act(
      '2026-04-12T10:00:00+08:00',
      `/extension-requests/${extension.created.requestId}/approve`,
      {},
      SUPERVISOR,
    );
    await act('2026-04-13T10:00:00+08:00', `/milestones/${plan.created.milestoneIds[0]}/complete`, {}, JUVENILE_UNIT);
    await act('2026-04-14T10:00:00+08:00', '/countersign', { comment: '同意' }, CRIMINAL_UNIT);
    await act('2026-04-15T10:00:00+08:00', '/completion-report', { summary: '已在试点地区推开' }, JUVENILE_UNIT);
    await act('2026-04-16T10:00:00+08:00', '/return', { reason: '请补充试点评估' }, SUPERVISOR);
    await act('2026-04-17T10:00:00+08:00', '/countersign', {}, CRIMINAL_UNIT);
    await act('2026-04-18T10:00:00+08:00', '/completion-report', { summary: '已补充试点评估' }, JUVENILE_UNIT);
    await act('2026-04-20T10:00:00+08:00', '/accept', { comment: '完成质量高' }, SUPERVISOR);
    await act('2026-04-21T10:00:00+08:00', '/rating', { rating: 'excellent' }, SUPERVISOR);
    await act('2026-04-25T10:00:00+08:00', '/look-back', { findings: '个别地区落实不到位' }, SUPERVISOR);
    await act('2026-04-28T10:00:00+08:00', '/rectification', { summary: '已逐项整改' }, JUVENILE_UNIT);
    await act('2026-05-02T10:00:00+08:00', '/look-back/close', { conclusion: '整改到位' }, SUPERVISOR);
  });
  afterAll(() => app.close());

  const asOf = async (query: string) => {
    const answer = await auditGet(app, `/api/audit/tasks/${taskId}/as-of?${query}`);
    if (answer.status !== 200) throw new Error(`as-of ${query}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  it('went through every state and light the comparison is meant to cover', () => {
    const details = recorder.points.map((point) => point.detail);
    expect(new Set(details.map((detail) => detail.status))).toEqual(
      new Set(['issued', 'acknowledged', 'in_progress', 'completion_reported', 'completed', 'under_review']),
    );
    expect(new Set(details.map((detail) => detail.flags.light))).toEqual(new Set(['green', 'yellow', 'red', 'none']));
    expect(details.some((detail) => detail.flags.stale)).toBe(true);
    expect(details.some((detail) => detail.openExtensionRequests.length === 1 && detail.flags.overdue)).toBe(true);
    expect(details.some((detail) => detail.pendingUrges.length === 1)).toBe(true);
    expect(details.at(-1)).toMatchObject({
      deadline: '2026-05-31',
      originalDeadline: '2026-04-10',
      rating: { rating: 'excellent' },
      countersigns: [{ unit: { id: 'dept-1' } }],
    });
  });

  it('at each revision equals the live detail read right after that revision was written', async () => {
    for (const point of recorder.points.filter((p) => p.byCommand)) {
      const answer = await asOf(`revision=${point.revision}`);
      expect({ step: point.step, ...sharedFieldsOfAsOf(answer) }).toEqual({
        step: point.step,
        ...sharedFieldsOfDetail(point.detail),
      });
    }
  });

  it('at the log position of each command equals the live detail read with that position', async () => {
    for (const point of recorder.points.filter((p) => p.byCommand)) {
      const answer = await asOf(`position=${point.position}`);
      expect({ step: point.step, position: answer.position, ...sharedFieldsOfAsOf(answer) }).toEqual({
        step: point.step,
        position: point.position,
        ...sharedFieldsOfDetail(point.detail),
      });
    }
  });

  it('at each moment recorded, with or without a command, equals the live detail then, flags included', async () => {
    for (const point of recorder.points) {
      const answer = await asOf(`at=${encodeURIComponent(point.at)}`);
      expect({ step: point.step, at: point.at, ...sharedFieldsOfAsOf(answer) }).toEqual({
        step: point.step,
        at: point.at,
        ...sharedFieldsOfDetail(point.detail),
      });
    }
  });

  it('shows a task not yet issued before its first event', async () => {
    const answer = await auditGet(app, `/api/audit/tasks/${taskId}/as-of?at=2026-03-01T00:00:00Z`);
    expect(answer.body).toMatchObject({
      revision: -1,
      eventsReplayed: 0,
      state: { status: 'not_issued' },
      flags: { light: 'none' },
    });
  });

  it('answers 404 for an unknown task and 400 unless exactly one of at, revision and position is given', async () => {
    expect((await auditGet(app, '/api/audit/tasks/no-such-task/as-of?revision=0')).body).toMatchObject({
      statusCode: 404,
      code: 'TASK_NOT_FOUND',
    });
    const none = await auditGet(app, `/api/audit/tasks/${taskId}/as-of`);
    expect(none.status).toBe(400);
    expect(none.body.details.fields[0].field).toBe('at');
    const two = await auditGet(app, `/api/audit/tasks/${taskId}/as-of?revision=1&position=1-1`);
    expect(two.status).toBe(400);
    expect(two.body.details.fields[0].field).toBe('position');
    expect((await auditGet(app, `/api/audit/tasks/${taskId}/as-of?at=tomorrow`)).body.details.fields[0].field).toBe(
      'at',
    );
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
    const cancel = await post(
      app.url,
      `/api/tasks/${first}/cancel`,
      { reason: '任务调整' },
      { token: app.tokenFor(SUPERVISOR) },
    );
    expect(cancel.status).toBe(200);
    await app.settledHead();
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
      expect.objectContaining({
        programmeId: PROGRAMME_ID,
        plannedTaskCount: 68,
        tasks: 2,
        byStatus: { acknowledged: 1, issued: 1 },
        byLight: { green: 1, yellow: 1, red: 0, none: 0 },
        overdue: 0,
      }),
    ]);
  });

  it('as of now shows today’s events, and pages through the rows', async () => {
    const now = await auditGet(
      app,
      `/api/audit/board/as-of?at=${encodeURIComponent('2026-03-10T12:00:00+08:00')}&limit=2&offset=1`,
    );
    expect(now.body).toMatchObject({ total: 3, offset: 1, limit: 2 });
    expect(now.body.items.map((row: any) => [row.taskId, row.status])).toEqual([
      [second, 'acknowledged'],
      [third, 'issued'],
    ]);
    expect(now.body.programmes[0].byStatus).toEqual({ cancelled: 1, acknowledged: 1, issued: 1 });
  });

  it('as of after the first task’s deadline does not count it overdue: it was cancelled the day before', async () => {
    const later = await auditGet(
      app,
      `/api/audit/board/as-of?at=${encodeURIComponent('2026-03-13T12:00:00+08:00')}&programmeId=${PROGRAMME_ID}`,
    );
    expect(later.body.programmes[0]).toMatchObject({ overdue: 0, byLight: { none: 1, green: 2, yellow: 0, red: 0 } });
  });

  it('refuses a revision (a board has none) and a bad page size, naming the field', async () => {
    expect((await auditGet(app, '/api/audit/board/as-of?revision=3')).body.details.fields[0].field).toBe('revision');
    expect((await auditGet(app, '/api/audit/board/as-of?at=2026-03-10&limit=0')).body.details.fields[0].field).toBe(
      'limit',
    );
  });
});
