/**
 * The HTTP conventions a client can rely on (RFC 9110, 6750, 9457): a stale If-Match is a 412 with
 * the current revision, a state conflict a 409; a 201 names what it made in Location; a 401 says
 * how to authenticate; every error is problem details; no ETag but a stream revision, none on an
 * error that is not about a revision.
 */
import { get, post } from './support/http-client';
import {
  JUVENILE_UNIT,
  PROGRAMME_ID,
  READER,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
  juvenileTask,
} from './support/ledger-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('HTTP conventions', () => {
  let app: TestApp;
  let taskId: string;
  const as = (claims: object) => ({ token: app.tokenFor(claims as never) });

  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
  });
  afterAll(() => app.close());

  describe('when the client pins a revision with If-Match', () => {
    it('answers a stale one with 412 Precondition Failed, the current revision in the body and the ETag, and appends nothing', async () => {
      const before = await app.readStream(`task-${taskId}`);
      const answer = await post(
        app.url,
        `/api/tasks/${taskId}/urge`,
        { reason: '请加快', replyDueOn: '2026-03-20' },
        { ...as(SUPERVISOR), headers: { 'if-match': '"5"' } },
      );
      expect(answer.status).toBe(412);
      expect(answer.body).toMatchObject({
        status: 412,
        title: 'Precondition Failed',
        code: 'STALE_REVISION',
        details: { expectedRevision: 5, currentRevision: before.length - 1 },
      });
      expect(answer.headers.get('etag')).toBe(`"${before.length - 1}"`);
      expect(await app.readStream(`task-${taskId}`)).toHaveLength(before.length);
    });

    it('still answers a state conflict with 409, whether or not If-Match is current', async () => {
      const revision = (await app.readStream(`task-${taskId}`)).length - 1;
      const answer = await post(
        app.url,
        `/api/tasks/${taskId}/accept`,
        {},
        { ...as(SUPERVISOR), headers: { 'if-match': `"${revision}"` } },
      );
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({
        status: 409,
        code: 'COMPLETION_NOT_REPORTED',
        details: { currentRevision: revision },
      });
      expect(answer.headers.get('etag')).toBe(`"${revision}"`);
    });
  });

  describe('when a command creates a resource', () => {
    it('answers issuing a task with 201 and a Location the task is read at', async () => {
      const answer = await post(app.url, '/api/tasks', juvenileTask({ code: '2026-L1' }), as(SUPERVISOR));
      expect(answer.status).toBe(201);
      expect(answer.headers.get('location')).toBe(`/api/tasks/${answer.body.id}`);
      const read = await get(app.url, answer.headers.get('location')!, {
        ...as(READER),
        headers: { 'x-min-position': answer.body.position },
      });
      expect(read.status).toBe(200);
      expect(read.body.code).toBe('2026-L1');
    });

    it('answers launching a programme with 201 and its Location', async () => {
      const answer = await post(
        app.url,
        '/api/programmes',
        {
          programmeId: 'spp-2027',
          title: '2027年重点督办任务',
          year: 2027,
          issuedOn: '2027-02-01',
          plannedTaskCount: 10,
        },
        as(SUPERVISOR),
      );
      expect(answer.status).toBe(201);
      expect(answer.headers.get('location')).toBe('/api/programmes/spp-2027');
    });

    it('answers registering a unit and an official with 201 and the Location each is read at', async () => {
      const unit = await post(
        app.url,
        '/api/units',
        { unitId: 'dept-7', name: '第七检察厅', kind: 'department' },
        as(SUPERVISOR),
      );
      expect([unit.status, unit.headers.get('location')]).toEqual([201, '/api/units/dept-7']);
      const official = await post(
        app.url,
        '/api/officials',
        { officialId: 'leader-new', title: '分管院领导', kind: 'leader', unitId: 'dept-7' },
        as(SUPERVISOR),
      );
      expect([official.status, official.headers.get('location')]).toEqual([201, '/api/officials/leader-new']);
      const read = await get(app.url, official.headers.get('location')!, {
        ...as(READER),
        headers: { 'x-min-position': official.body.position },
      });
      expect(read).toMatchObject({
        status: 200,
        body: { id: 'leader-new', unit: { id: 'dept-7', name: '第七检察厅' } },
      });
    });

    it('names no Location when the command is refused', async () => {
      const answer = await post(
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
      expect(answer.status).toBe(409);
      expect(answer.headers.get('location')).toBeNull();
    });
  });

  describe('when the token is missing or bad', () => {
    it('answers 401 with WWW-Authenticate: Bearer, and error="invalid_token" for a bad one (RFC 6750)', async () => {
      const missing = await get(app.url, '/api/tasks');
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="supervision-ledger"');
      const bad = await get(app.url, '/api/tasks', { token: 'not-a-token' });
      expect(bad.status).toBe(401);
      expect(bad.headers.get('www-authenticate')).toBe('Bearer realm="supervision-ledger", error="invalid_token"');
    });
  });

  describe('error bodies', () => {
    it('are application/problem+json with type, title, status, detail and instance beside code and details', async () => {
      const answer = await post(app.url, `/api/tasks/${taskId}/acknowledge`, { note: 'x' }, as(JUVENILE_UNIT));
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(answer.body).toMatchObject({
        type: '/api/docs#problem-VALIDATION_FAILED',
        title: 'Bad Request',
        status: 400,
        instance: `/api/tasks/${taskId}/acknowledge`,
        code: 'VALIDATION_FAILED',
        details: { fields: [{ field: 'note' }] },
        statusCode: 400,
      });
      expect(answer.body.detail).toBe(answer.body.message);
    });

    it('carry no ETag unless they are about a revision, and no answer carries a weak one', async () => {
      const refused = await post(app.url, `/api/tasks/${taskId}/acknowledge`, { note: 'x' }, as(JUVENILE_UNIT));
      expect(refused.headers.get('etag')).toBeNull();
      const unknown = await get(app.url, '/api/tasks/no-such-task', as(READER));
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('etag')).toBeNull();
      const board = await get(app.url, '/api/tasks', as(READER));
      expect(board.status).toBe(200);
      expect(board.headers.get('etag')).toBeNull();
    });
  });

  it('refuses a checksum asked with fresh=maybe (400), as it refuses any value but true or false', async () => {
    const answer = await get(app.url, '/api/projections/task-board/checksum?fresh=maybe', as(READER));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'fresh' }] } });
    expect((await get(app.url, '/api/projections/task-board/checksum?fresh=false', as(READER))).status).toBe(200);
  });
});
