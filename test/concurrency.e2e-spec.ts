/** Optimistic concurrency over HTTP: of many conflicting commands at once, exactly one wins. */
import { post } from './support/http-client';
import { JUVENILE_UNIT, SUPERVISOR, givenIssuedTask, givenOrganisation } from './support/ledger-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('twenty conflicting commands on one task at once', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
  });
  afterAll(() => app.close());

  it('lets exactly one acknowledgement through; the other 19 get 409 and exactly one event is written', async () => {
    const taskId = await givenIssuedTask(app);
    const token = app.tokenFor(JUVENILE_UNIT);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, { token })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
    const events = await app.readStream(`task-${taskId}`);
    expect(events.map((e) => e.type)).toEqual(['TaskIssued', 'TaskAcknowledged']);
  });

  it('lets exactly one of twenty urges pinned to the same If-Match through', async () => {
    const taskId = await givenIssuedTask(app, { code: '2026-02' });
    const token = app.tokenFor(SUPERVISOR);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(
          app.url,
          `/api/tasks/${taskId}/urge`,
          { reason: `催办 ${i}`, replyDueOn: '2026-04-01' },
          { token, headers: { 'if-match': '"0"' } },
        ),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    // The pinned revision is the client's precondition: once another urge is in, it failed (412).
    const conflicts = answers.filter((a) => a.status === 412);
    expect(conflicts).toHaveLength(19);
    for (const conflict of conflicts) expect(conflict.body).toMatchObject({ code: 'STALE_REVISION' });
    expect(await app.readStream(`task-${taskId}`)).toHaveLength(2);
  });
});
