/** Every refusal a command can meet has its own status and a body that says why; none is a 500. */
import { post } from './support/http-client';
import { DIRECTORY_STREAM_ID } from '@app/supervision';
import {
  AUDITOR,
  CIVIL_UNIT,
  JUVENILE_UNIT,
  OTHER_LEADER,
  PROGRAMME_ID,
  READER,
  ADMIN,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
  juvenileTask,
} from './support/ledger-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('refusing commands', () => {
  let app: TestApp;
  let taskId: string;
  const as = (claims: object) => ({ token: app.tokenFor(claims as never) });

  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
  });
  afterAll(() => app.close());

  describe('400 for a malformed request', () => {
    it('names an unknown field', async () => {
      const answer = await post(app.url, '/api/tasks', { ...juvenileTask(), priority: 'high' }, as(SUPERVISOR));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'priority' }] } });
    });

    it('names an unknown field on a command that takes none', async () => {
      const answer = await post(app.url, `/api/tasks/${taskId}/acknowledge`, { note: '已签收' }, as(JUVENILE_UNIT));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'note' }] } });
    });

    it('names a field of the wrong type or format', async () => {
      const answer = await post(
        app.url,
        '/api/tasks',
        { ...juvenileTask(), deadline: '31/12/2026', coUnitIds: 'dept-1' },
        as(SUPERVISOR),
      );
      expect(answer.status).toBe(400);
      expect(answer.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'coUnitIds',
        'deadline',
      ]);
    });

    it('refuses a body that is not JSON', async () => {
      const answer = await post(app.url, `/api/tasks/${taskId}/acknowledge`, undefined, {
        ...as(JUVENILE_UNIT),
        raw: '{"broken":',
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'MALFORMED_BODY' });
    });

    it('refuses a malformed id in the path and a malformed If-Match', async () => {
      expect((await post(app.url, '/api/tasks/bad%20id!/acknowledge', {}, as(JUVENILE_UNIT))).status).toBe(400);
      const answer = await post(
        app.url,
        `/api/tasks/${taskId}/acknowledge`,
        {},
        { ...as(JUVENILE_UNIT), headers: { 'if-match': 'yesterday' } },
      );
      expect(answer.body).toMatchObject({ statusCode: 400, code: 'BAD_IF_MATCH' });
    });

    it('refuses a body over the size limit with 413', async () => {
      const answer = await post(
        app.url,
        '/api/tasks',
        { ...juvenileTask(), description: '督'.repeat(200_000) },
        as(SUPERVISOR),
      );
      expect(answer.status).toBe(413);
    });
  });

  describe('401 without a valid token', () => {
    it('refuses a command with no token', async () => {
      const answer = await post(app.url, `/api/tasks/${taskId}/acknowledge`, {});
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ code: 'TOKEN_MISSING' });
    });

    it('refuses a token signed with another secret, and an expired one', async () => {
      const forged = await post(
        app.url,
        `/api/tasks/${taskId}/acknowledge`,
        {},
        { token: app.tokenFor(JUVENILE_UNIT).slice(0, -4) + 'AAAA' },
      );
      expect(forged.status).toBe(401);
      const expired = await post(
        app.url,
        `/api/tasks/${taskId}/acknowledge`,
        {},
        { token: app.tokenFor(JUVENILE_UNIT, '-10s') },
      );
      expect(expired.status).toBe(401);
    });
  });

  describe('403 when the role or scope does not allow it', () => {
    it.each([
      ['a unit member of another unit', CIVIL_UNIT, 'LEAD_UNIT_ONLY'],
      // A route's parties set the roles let through: another role is refused before the body is read.
      ['a leader who does not lead the task', OTHER_LEADER, 'ROLE_NOT_ALLOWED'],
      ['an auditor', AUDITOR, 'ROLE_NOT_ALLOWED'],
      ['a reader', READER, 'ROLE_NOT_ALLOWED'],
      ['an admin', ADMIN, 'ROLE_NOT_ALLOWED'],
      ['the supervisor (acknowledging is the lead unit’s act)', SUPERVISOR, 'ROLE_NOT_ALLOWED'],
    ])('refuses acknowledgement by %s', async (_, who, code) => {
      const answer = await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, as(who));
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe(code);
    });

    it('refuses issuing a task by a unit member, naming the role allowed', async () => {
      const answer = await post(app.url, '/api/tasks', juvenileTask({ code: 'x-1' }), as(JUVENILE_UNIT));
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED', details: { allowedRoles: ['supervisor'] } });
    });
  });

  describe('404 for an unknown task', () => {
    it('answers 404 and names the task', async () => {
      const answer = await post(app.url, '/api/tasks/no-such-task/acknowledge', {}, as(JUVENILE_UNIT));
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('TASK_NOT_FOUND');
    });
  });

  describe('409 for a state conflict, 412 for a stale If-Match', () => {
    it('refuses accepting a task that was not reported complete, and tells the revision it decided on', async () => {
      const answer = await post(app.url, `/api/tasks/${taskId}/accept`, {}, as(SUPERVISOR));
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({
        code: 'COMPLETION_NOT_REPORTED',
        details: { status: 'issued', currentRevision: 0 },
      });
      expect(answer.headers.get('etag')).toBe('"0"');
    });

    it('refuses a stale If-Match with 412 Precondition Failed and tells the current revision', async () => {
      const answer = await post(
        app.url,
        `/api/tasks/${taskId}/urge`,
        { reason: '请加快', replyDueOn: '2026-03-20' },
        { ...as(SUPERVISOR), headers: { 'if-match': '"7"' } },
      );
      expect(answer.status).toBe(412);
      expect(answer.body).toMatchObject({
        code: 'STALE_REVISION',
        details: { expectedRevision: 7, currentRevision: 0 },
      });
      expect(answer.headers.get('etag')).toBe('"0"');
    });

    it('accepts a current If-Match', async () => {
      const answer = await post(
        app.url,
        `/api/tasks/${taskId}/urge`,
        { reason: '请加快', replyDueOn: '2026-03-20' },
        { ...as(SUPERVISOR), headers: { 'if-match': '"0"' } },
      );
      expect(answer.status).toBe(200);
      expect(answer.body.revision).toBe(1);
    });

    it('tells the revision the stream has moved on to with a later state conflict', async () => {
      const answer = await post(app.url, `/api/tasks/${taskId}/accept`, {}, as(SUPERVISOR));
      expect(answer.body).toMatchObject({
        statusCode: 409,
        code: 'COMPLETION_NOT_REPORTED',
        details: { currentRevision: 1 },
      });
      expect(answer.headers.get('etag')).toBe('"1"');
    });

    it('tells the current revision with a conflict on the programme and on the directory', async () => {
      const programme = await post(
        app.url,
        '/api/programmes',
        {
          programmeId: PROGRAMME_ID,
          title: '2026年重点督办任务',
          year: 2026,
          issuedOn: '2026-02-08',
          plannedTaskCount: 68,
        },
        as(SUPERVISOR),
      );
      expect(programme.body).toMatchObject({
        statusCode: 409,
        code: 'PROGRAMME_ALREADY_LAUNCHED',
        details: { currentRevision: 0 },
      });
      expect(programme.headers.get('etag')).toBe('"0"');

      const directoryRevision = (await app.readStream(DIRECTORY_STREAM_ID)).length - 1;
      const unit = await post(
        app.url,
        '/api/units',
        { unitId: 'dept-1', name: '第一检察厅', kind: 'department' },
        as(SUPERVISOR),
      );
      expect(unit.body).toMatchObject({
        statusCode: 409,
        code: 'UNIT_ALREADY_REGISTERED',
        details: { currentRevision: directoryRevision },
      });
      expect(unit.headers.get('etag')).toBe(`"${directoryRevision}"`);
    });
  });

  describe('422 for a broken rule', () => {
    it('refuses an extension to a date before the current deadline', async () => {
      const acknowledged = await post(app.url, `/api/tasks/${taskId}/acknowledge`, {}, as(JUVENILE_UNIT));
      expect(acknowledged.status).toBe(200);
      const answer = await post(
        app.url,
        `/api/tasks/${taskId}/extension-requests`,
        { requestedDeadline: '2026-06-30', reason: '提前' },
        as(JUVENILE_UNIT),
      );
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({
        statusCode: 422,
        code: 'EXTENSION_NOT_LATER',
        details: { requestedDeadline: '2026-06-30' },
      });
    });

    it('refuses issuing a task whose lead unit is not registered', async () => {
      const answer = await post(
        app.url,
        '/api/tasks',
        juvenileTask({ code: 'x-2', leadUnitId: 'dept-99' }),
        as(SUPERVISOR),
      );
      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('UNKNOWN_UNIT');
    });

    it('tells no revision with a refusal that is not a conflict', async () => {
      const answer = await post(
        app.url,
        `/api/tasks/${taskId}/extension-requests`,
        { requestedDeadline: '2026-06-30', reason: '提前' },
        as(JUVENILE_UNIT),
      );
      expect(answer.status).toBe(422);
      expect(answer.body.details).not.toHaveProperty('currentRevision');
    });
  });

  it('wrote no event for any refused command', async () => {
    const events = await app.readStream(`task-${taskId}`);
    expect(events.map((e) => e.type)).toEqual(['TaskIssued', 'UrgeNoticeIssued', 'TaskAcknowledged']);
  });
});
