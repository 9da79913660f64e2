/** The full history, streamed in log order, with who, what, when, why and the causal links of every event. */
import { comparePositions, parsePosition } from '@app/event-store';
import { post } from '../support/http-client';
import { JUVENILE_UNIT, SUPERVISOR, givenIssuedTask, givenOrganisation } from '../support/ledger-fixtures';
import type { TestApp } from '../support/test-app';
import { auditGet, auditLines, startAuditApp } from './audit-support';

describe('the audit history', () => {
  let app: TestApp;
  let taskId: string;
  let otherTaskId: string;

  beforeAll(async () => {
    app = await startAuditApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
    otherTaskId = await givenIssuedTask(app, { code: '2026-02', title: '深化人民监督员制度改革' });
    app.clock.set('2026-03-05T10:00:00+08:00');
    await post(
      app.url,
      `/api/tasks/${taskId}/acknowledge`,
      {},
      { token: app.tokenFor(JUVENILE_UNIT), headers: { 'x-correlation-id': 'meeting-2026-03-05' } },
    );
    await post(
      app.url,
      `/api/tasks/${otherTaskId}/send-back`,
      { reason: '职责不符，应由第八检察厅牵头' },
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    await post(
      app.url,
      `/api/tasks/${taskId}/urge`,
      { reason: '请于3月20日前报送工作打算', replyDueOn: '2026-03-20' },
      { token: app.tokenFor(SUPERVISOR) },
    );
    await app.settledHead();
  });
  afterAll(() => app.close());

  it('streams the whole log as NDJSON in log order', async () => {
    const answer = await auditGet(app, '/api/audit/events');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const entries = await auditLines(app, '/api/audit/events');
    expect(entries.length).toBe(6 + 2 + 3);
    const positions = entries.map((entry) => parsePosition(entry.position)!);
    expect(positions.every((position, i) => i === 0 || comparePositions(positions[i - 1], position) < 0)).toBe(true);
  });

  it('names who, what, when, why and the causal links of every entry, with its hashes', async () => {
    const entries = await auditLines(app, `/api/audit/tasks/${taskId}/history`);
    expect(entries.map((entry) => entry.type)).toEqual(['TaskIssued', 'TaskAcknowledged', 'UrgeNoticeIssued']);
    const [issued, acknowledged, urged] = entries;
    expect(acknowledged).toMatchObject({
      streamId: `task-${taskId}`,
      revision: 1,
      who: { actorId: 'dept-9-staff', role: 'unit', unitId: 'dept-9' },
      what: { command: 'AcknowledgeTask', event: 'TaskAcknowledged' },
      when: { occurredAt: '2026-03-05T02:00:00.000Z', recordedAt: expect.any(String) },
      links: { correlationId: 'meeting-2026-03-05', causationId: expect.any(String) },
      prevHash: issued.hash,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(urged).toMatchObject({
      who: { actorId: 'duban-office', role: 'supervisor' },
      why: { reason: '请于3月20日前报送工作打算' },
      data: { reason: '请于3月20日前报送工作打算' },
    });
    expect(urged.metadata).toMatchObject({ commandName: 'IssueUrgeNotice', hash: urged.hash });
  });

  it('filters by type, actor, stream, time and position', async () => {
    const read = (query: string) => auditLines(app, `/api/audit/events?${query}`);
    expect((await read('type=TaskSentBack')).map((e) => e.why.reason)).toEqual(['职责不符，应由第八检察厅牵头']);
    expect((await read('actor=dept-9-staff')).map((e) => e.type)).toEqual(['TaskAcknowledged', 'TaskSentBack']);
    expect((await read(`stream=task-${otherTaskId}`)).map((e) => e.type)).toEqual(['TaskIssued', 'TaskSentBack']);
    expect((await read('from=2026-03-05T00:00:00%2B08:00')).map((e) => e.type)).toEqual([
      'TaskAcknowledged',
      'TaskSentBack',
      'UrgeNoticeIssued',
    ]);
    expect((await read('to=2026-03-04T00:00:00Z&type=TaskIssued,UnitRegistered')).length).toBe(2 + 3);
    const all = await read('');
    const window = await read(`fromPosition=${all[3].position}&toPosition=${all[5].position}`);
    expect(window.map((e) => e.position)).toEqual([all[3].position, all[4].position, all[5].position]);
  });

  it('filters one task’s history the same way', async () => {
    const entries = await auditLines(app, `/api/audit/tasks/${taskId}/history?type=UrgeNoticeIssued`);
    expect(entries.map((e) => e.type)).toEqual(['UrgeNoticeIssued']);
  });

  it('answers 400 naming the field for a bad filter, and 404 for an unknown task', async () => {
    for (const [query, field] of [
      ['fromPosition=12', 'fromPosition'],
      ['toPosition=x-1', 'toPosition'],
      ['from=next-week', 'from'],
      ['from=2026-03-05&to=2026-03-01', 'from'],
      ['actr=dept-9-staff', 'actr'],
    ]) {
      const answer = await auditGet(app, `/api/audit/events?${query}`);
      expect({ query, status: answer.status, field: answer.body.details?.fields?.[0]?.field }).toEqual({
        query,
        status: 400,
        field,
      });
    }
    expect((await auditGet(app, '/api/audit/tasks/no-such-task/history')).body).toMatchObject({
      statusCode: 404,
      code: 'TASK_NOT_FOUND',
    });
  });
});
