/** A task's detail (ETag = stream revision and allowed commands) and its timeline over HTTP, read right after the commands that made them. */
import { get, post } from '../support/http-client';
import {
  CIVIL_UNIT,
  CRIMINAL_UNIT,
  JUVENILE_LEADER,
  JUVENILE_UNIT,
  READER,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
} from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

describe('a task’s detail and timeline', () => {
  let app: TestApp;
  let taskId: string;
  let position: string;
  let revision: number;
  const as = (who: object) => ({ token: app.tokenFor(who as never) });
  const read = (path: string, headers: Record<string, string> = {}) =>
    get(app.url, path, { ...as(READER), headers: { 'X-Min-Position': position, ...headers } });

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-03-02T09:00:00+08:00' });
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
    const step = async (path: string, body: object, who: object) => {
      const answer = await post(app.url, `/api/tasks/${taskId}${path}`, body, as(who));
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      ({ position, revision } = answer.body);
      return answer.body;
    };
    await step('/acknowledge', {}, JUVENILE_UNIT);
    await step('/instructions', { text: '要抓好统一集中办理的规范化。' }, JUVENILE_LEADER);
    await step(
      '/plan',
      {
        plan: '制定工作指引，分批试点。',
        milestones: [
          { title: '工作指引', dueOn: '2026-05-31' },
          { title: '全面推开', dueOn: '2026-10-31' },
        ],
      },
      JUVENILE_UNIT,
    );
    await step('/progress', { summary: '指引起草中', percent: 30 }, JUVENILE_UNIT);
    await step('/urge', { reason: '请报送试点进展', replyDueOn: '2026-03-10' }, SUPERVISOR);
    await step('/extension-requests', { requestedDeadline: '2027-03-31', reason: '试点需延长' }, JUVENILE_UNIT);
    const cooperation = await step(
      '/cooperation-requests',
      { fromUnitId: 'dept-6', subject: '请移送相关线索' },
      JUVENILE_UNIT,
    );
    await step(`/cooperation-requests/${cooperation.created.requestId}/provide`, { response: '已移送' }, CIVIL_UNIT);
    await step('/outcomes', { kind: 'typical_case', title: '涉未成年人典型案例（第一批）' }, JUVENILE_UNIT);
    await step('/countersign', { comment: '同意' }, CRIMINAL_UNIT);
  });
  afterAll(() => app.close());

  describe('the detail', () => {
    it('has the plan, milestones, latest progress, open urge and extension request, co-operation, outcomes and countersigns, with the revision (and the allowed commands’ digest) as ETag', async () => {
      const answer = await read(`/api/tasks/${taskId}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('etag')).toMatch(new RegExp(`^"${revision}\\.[0-9a-f]{8}"$`));
      expect(answer.body).toMatchObject({
        id: taskId,
        revision,
        title: '规范推进未成年人检察业务统一集中办理',
        description: '涉未成年人刑事、民事、行政、公益诉讼检察业务统一集中办理',
        status: 'in_progress',
        statusLabel: '办理中',
        leadUnit: { id: 'dept-9', name: '第九检察厅' },
        flags: { light: 'green', overdue: false, stale: false },
        plan: { text: '制定工作指引，分批试点。' },
        milestones: [{ title: '工作指引', dueOn: '2026-05-31', completedAt: null }, { title: '全面推开' }],
        latestProgress: { summary: '指引起草中', percent: 30 },
        instructions: [
          { text: '要抓好统一集中办理的规范化。', leader: { id: 'leader-juvenile', name: '分管未成年人检察的院领导' } },
        ],
        pendingUrges: [{ reason: '请报送试点进展', replyDueOn: '2026-03-10', answeredAt: null }],
        openExtensionRequests: [{ requestedDeadline: '2027-03-31', decision: 'open' }],
        cooperation: [{ subject: '请移送相关线索', response: '已移送', from: { id: 'dept-6', name: '第六检察厅' } }],
        outcomes: [{ kind: 'typical_case', title: '涉未成年人典型案例（第一批）' }],
        countersigns: [{ unit: { id: 'dept-1', name: '第一检察厅' }, comment: '同意' }],
        missingCountersigns: [{ id: 'dept-6', name: '第六检察厅' }],
        completedOnTime: false,
        rating: null,
        lookBackReviews: [],
        evidenceFiles: [],
      });
    });

    it('answers 304 Not Modified to If-None-Match with the current ETag, and in full to an older one', async () => {
      const etag = (await read(`/api/tasks/${taskId}`)).headers.get('etag');
      const same = await read(`/api/tasks/${taskId}`, { 'If-None-Match': etag! });
      expect({ status: same.status, etag: same.headers.get('etag'), body: same.body }).toEqual({
        status: 304,
        etag,
        body: undefined,
      });
      const older = await read(`/api/tasks/${taskId}`, { 'If-None-Match': `"${revision - 1}"` });
      expect({ status: older.status, id: older.body.id }).toEqual({ status: 200, id: taskId });
    });

    it('gives another ETag when the commands offered differ at the same revision, so a 304 never shows actions the caller may not take', async () => {
      const asSupervisor = await get(app.url, `/api/tasks/${taskId}`, {
        ...as(SUPERVISOR),
        headers: { 'X-Min-Position': position },
      });
      const asReader = await read(`/api/tasks/${taskId}`);
      expect(asSupervisor.body.revision).toBe(asReader.body.revision);
      expect(asSupervisor.body.allowedCommands).toContain('IssueUrgeNotice');
      expect(asReader.body.allowedCommands).toEqual([]);
      expect(asSupervisor.headers.get('etag')).not.toBe(asReader.headers.get('etag'));
      // The reader holding the office's copy gets the full answer, with its own (empty) actions.
      const revalidated = await read(`/api/tasks/${taskId}`, { 'If-None-Match': asSupervisor.headers.get('etag')! });
      expect({
        status: revalidated.status,
        allowedCommands: revalidated.body.allowedCommands,
        etag: revalidated.headers.get('etag'),
      }).toEqual({ status: 200, allowedCommands: [], etag: asReader.headers.get('etag') });
    });

    it('is a 404 for an unknown task and a 400 for a malformed id', async () => {
      expect((await read('/api/tasks/no-such-task')).body).toMatchObject({ statusCode: 404, code: 'TASK_NOT_FOUND' });
      expect((await read('/api/tasks/' + encodeURIComponent('bad id'))).status).toBe(400);
    });

    it('needs a bearer token, and any role may read it', async () => {
      expect((await get(app.url, `/api/tasks/${taskId}`)).status).toBe(401);
      for (const who of [SUPERVISOR, JUVENILE_UNIT, CIVIL_UNIT, JUVENILE_LEADER, READER]) {
        expect((await get(app.url, `/api/tasks/${taskId}`, as(who))).status).toBe(200);
      }
    });
  });

  describe('the timeline', () => {
    it('has one readable entry per event, with its Chinese label, a sentence, the actor and the time', async () => {
      const answer = await read(`/api/tasks/${taskId}/timeline?limit=100`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ taskId, total: revision + 1, page: 1, pages: 1 });
      expect(answer.body.items.map((entry: { revision: number }) => entry.revision)).toEqual([
        ...Array(revision + 1).keys(),
      ]);
      expect(answer.body.items[0]).toMatchObject({
        type: 'TaskIssued',
        label: '立项交办',
        summary:
          '交办任务“规范推进未成年人检察业务统一集中办理”，牵头单位 第九检察厅，配合单位 第一检察厅、第六检察厅，期限 2026-12-31',
        actor: { id: 'duban-office', role: 'supervisor', unitId: null },
        occurredAt: '2026-03-02T01:00:00.000Z',
      });
      expect(answer.body.items[1]).toMatchObject({
        type: 'TaskAcknowledged',
        label: '签收',
        summary: '第九检察厅 签收任务',
        actor: { id: 'dept-9-staff', role: 'unit', unitId: 'dept-9', unitName: '第九检察厅' },
      });
      expect(answer.body.items[2]).toMatchObject({
        label: '领导批示',
        summary: '分管未成年人检察的院领导 批示：要抓好统一集中办理的规范化。',
        actor: { role: 'leader' },
      });
      expect(answer.body.items.at(-1)).toMatchObject({ label: '会签', summary: '第一检察厅 会签：同意' });
    });

    it('pages the entries, oldest first', async () => {
      const second = await read(`/api/tasks/${taskId}/timeline?limit=4&page=2`);
      expect(second.body).toMatchObject({
        total: revision + 1,
        limit: 4,
        page: 2,
        pages: Math.ceil((revision + 1) / 4),
      });
      expect(second.body.items.map((entry: { revision: number }) => entry.revision)).toEqual([4, 5, 6, 7]);
      expect((await read(`/api/tasks/${taskId}/timeline?limit=1000`)).body).toMatchObject({
        statusCode: 400,
        message: expect.stringContaining('limit'),
      });
    });

    it('walks the whole history by cursor, each page starting after the last revision of the one before, nothing repeated or skipped', async () => {
      const seen: number[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const answer = await read(`/api/tasks/${taskId}/timeline?limit=3${after === null ? '' : `&after=${after}`}`);
        expect(answer.status).toBe(200);
        expect(answer.body.total).toBe(revision + 1);
        seen.push(...answer.body.items.map((entry: { revision: number }) => entry.revision));
        after = answer.body.nextCursor;
        if (after !== null) expect(after).toBe(String(seen[seen.length - 1]));
        pages++;
      } while (after !== null && pages < 20);
      expect(seen).toEqual([...Array(revision + 1).keys()]);
      expect(pages).toBe(Math.ceil((revision + 1) / 3));
      // With after, page is ignored: the entries after revision 4, whatever page says.
      expect(
        (await read(`/api/tasks/${taskId}/timeline?limit=2&page=3&after=4`)).body.items.map(
          (entry: { revision: number }) => entry.revision,
        ),
      ).toEqual([5, 6]);
    });

    it('refuses an after that is not a revision with a 400 naming it', async () => {
      const answer = await read(`/api/tasks/${taskId}/timeline?after=abc`);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('after') });
    });

    it('is a 404 for an unknown task', async () => {
      expect((await read('/api/tasks/no-such-task/timeline')).status).toBe(404);
    });
  });
});
