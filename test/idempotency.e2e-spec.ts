/** A retried Idempotency-Key returns the first result and writes nothing, also after a restart; reused for another command it is refused. */
import { post } from './support/http-client';
import { JUVENILE_UNIT, SUPERVISOR, givenIssuedTask, givenOrganisation, juvenileTask } from './support/ledger-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('retrying a command with the same Idempotency-Key', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
  });
  afterAll(() => app.close());

  it('issues the task once, and the retry returns the same task and revision', async () => {
    const options = { token: app.tokenFor(SUPERVISOR), headers: { 'idempotency-key': 'issue-2026-07' } };
    const first = await post(app.url, '/api/tasks', juvenileTask({ code: '2026-07' }), options);
    const retry = await post(app.url, '/api/tasks', juvenileTask({ code: '2026-07' }), options);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({
      id: first.body.id,
      revision: 0,
      position: first.body.position,
      appendedEvents: 0,
      replayed: true,
    });
    expect(first.body).toMatchObject({ appendedEvents: 1, replayed: false });
    expect(await app.readStream(`task-${first.body.id}`)).toHaveLength(1);
  });

  it('appends one progress report for two concurrent retries and one after a restart', async () => {
    const taskId = await givenIssuedTask(app, { code: '2026-08' });
    const token = app.tokenFor(JUVENILE_UNIT);
    await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, { token });
    await post(app.url, `/api/tasks/${taskId}/plan`, { plan: '计划', milestones: [] }, { token });
    const report = () =>
      post(
        app.url,
        `/api/tasks/${taskId}/progress`,
        { summary: '进展', percent: 10 },
        { token, headers: { 'idempotency-key': 'progress-1' } },
      );
    const [a, b] = await Promise.all([report(), report()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.revision).toBe(b.body.revision);

    app = await app.restart();
    const afterRestart = await post(
      app.url,
      `/api/tasks/${taskId}/progress`,
      { summary: '进展', percent: 10 },
      { token: app.tokenFor(JUVENILE_UNIT), headers: { 'idempotency-key': 'progress-1' } },
    );
    expect(afterRestart.body).toMatchObject({ revision: a.body.revision, replayed: true, appendedEvents: 0 });
    const types = (await app.readStream(`task-${taskId}`)).map((e) => e.type);
    expect(types.filter((t) => t === 'ProgressReported')).toHaveLength(1);
  });

  describe('when the key was already used for another command on the task', () => {
    it('refuses a different command under the same key with 422 and writes nothing', async () => {
      const taskId = await givenIssuedTask(app, { code: '2026-10' });
      const token = app.tokenFor(JUVENILE_UNIT);
      const acknowledged = await post(
        app.url,
        `/api/tasks/${taskId}/acknowledge`,
        {},
        { token, headers: { 'idempotency-key': 'unit-act-1' } },
      );
      expect(acknowledged.status).toBe(200);

      const planned = await post(
        app.url,
        `/api/tasks/${taskId}/plan`,
        { plan: '计划', milestones: [] },
        { token, headers: { 'idempotency-key': 'unit-act-1' } },
      );
      expect(planned.status).toBe(422);
      expect(planned.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      expect((await app.readStream(`task-${taskId}`)).map((e) => e.type)).toEqual(['TaskIssued', 'TaskAcknowledged']);
    });

    it('refuses the same command with another body under the same key, and still replays the first body', async () => {
      const taskId = await givenIssuedTask(app, { code: '2026-11' });
      const token = app.tokenFor(JUVENILE_UNIT);
      await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, { token });
      await post(app.url, `/api/tasks/${taskId}/plan`, { plan: '计划', milestones: [] }, { token });
      const report = (percent: number) =>
        post(
          app.url,
          `/api/tasks/${taskId}/progress`,
          { summary: '进展', percent },
          { token, headers: { 'idempotency-key': 'progress-2' } },
        );
      const first = await report(10);
      expect(first.body).toMatchObject({ replayed: false, appendedEvents: 1 });

      const changed = await report(20);
      expect(changed.status).toBe(422);
      expect(changed.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await report(10)).toMatchObject({ status: 200, body: { replayed: true, revision: first.body.revision } });
      const reports = (await app.readStream(`task-${taskId}`)).filter((e) => e.type === 'ProgressReported');
      expect(reports.map((e) => e.data.percent)).toEqual([10]);
    });
  });

  it('keeps the keys of different users apart', async () => {
    const taskId = await givenIssuedTask(app, { code: '2026-09' });
    await post(
      app.url,
      `/api/tasks/${taskId}/acknowledge`,
      {},
      { token: app.tokenFor(JUVENILE_UNIT), headers: { 'idempotency-key': 'same-key' } },
    );
    const urge = await post(
      app.url,
      `/api/tasks/${taskId}/urge`,
      { reason: '催办', replyDueOn: '2026-04-01' },
      { token: app.tokenFor(SUPERVISOR), headers: { 'idempotency-key': 'same-key' } },
    );
    expect(urge.body).toMatchObject({ replayed: false, appendedEvents: 1 });
  });
});
