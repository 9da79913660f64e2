/** One task through its whole life over HTTP, down to the events, their metadata and their hash chain. */
import { hashEvent, GENESIS_HASH } from '@app/event-store';
import { post } from './support/http-client';
import {
  CIVIL_UNIT,
  CRIMINAL_UNIT,
  JUVENILE_LEADER,
  JUVENILE_UNIT,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
} from './support/ledger-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('a task through its whole lifecycle', () => {
  let app: TestApp;
  let taskId: string;
  const as = (claims: object) => ({ token: app.tokenFor(claims as never) });

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-03-02T09:00:00+08:00' });
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
  });
  afterAll(() => app.close());

  it('goes from issue to acceptance, back through a return, and through a look-back review', async () => {
    const step = async (path: string, body: object, who: object, expectedRevision: number) => {
      const answer = await post(app.url, `/api/tasks/${taskId}${path}`, body, as(who));
      expect({ path, status: answer.status, body: answer.body }).toMatchObject({
        path,
        status: 200,
        body: { revision: expectedRevision },
      });
      expect(answer.headers.get('etag')).toBe(`"${expectedRevision}"`);
      return answer.body;
    };
    await step('/acknowledge', {}, JUVENILE_UNIT, 1);
    await step('/instructions', { text: '要抓好统一集中办理的规范化。' }, JUVENILE_LEADER, 2);
    const plan = await step(
      '/plan',
      { plan: '制定工作指引，分批试点。', milestones: [{ title: '工作指引', dueOn: '2026-05-31' }] },
      JUVENILE_UNIT,
      3,
    );
    await step('/progress', { summary: '指引起草中', percent: 30 }, JUVENILE_UNIT, 4);
    const urge = await step('/urge', { reason: '请报送试点进展', replyDueOn: '2026-03-10' }, SUPERVISOR, 5);
    await step(
      '/progress',
      { summary: '已确定试点地区', percent: 45, answersUrgeId: urge.created.urgeId },
      JUVENILE_UNIT,
      6,
    );
    const extension = await step(
      '/extension-requests',
      { requestedDeadline: '2027-03-31', reason: '试点需延长' },
      JUVENILE_UNIT,
      7,
    );
    await step(`/extension-requests/${extension.created.requestId}/approve`, {}, SUPERVISOR, 8);
    await step(`/milestones/${plan.created.milestoneIds[0]}/complete`, {}, JUVENILE_UNIT, 9);
    await step('/outcomes', { kind: 'rule', title: '《统一集中办理工作指引》' }, JUVENILE_UNIT, 10);
    await step('/countersign', {}, CRIMINAL_UNIT, 11);
    await step('/countersign', { comment: '同意' }, CIVIL_UNIT, 12);
    await step('/completion-report', { summary: '已在全国推开' }, JUVENILE_UNIT, 13);
    await step('/return', { reason: '请补充试点评估' }, SUPERVISOR, 14);
    await step('/countersign', {}, CRIMINAL_UNIT, 15);
    await step('/countersign', {}, CIVIL_UNIT, 16);
    await step('/completion-report', { summary: '已补充试点评估' }, JUVENILE_UNIT, 17);
    await step('/accept', { comment: '完成质量高' }, SUPERVISOR, 18);
    await step('/rating', { rating: 'excellent' }, SUPERVISOR, 19);
    await step('/look-back', { findings: '个别地区落实不到位' }, SUPERVISOR, 20);
    await step('/rectification', { summary: '已逐项整改' }, JUVENILE_UNIT, 21);
    await step('/look-back/close', { conclusion: '整改到位' }, SUPERVISOR, 22);

    const events = await app.readStream(`task-${taskId}`);
    expect(events.map((e) => e.type)).toEqual([
      'TaskIssued',
      'TaskAcknowledged',
      'InstructionRecorded',
      'WorkPlanSubmitted',
      'ProgressReported',
      'UrgeNoticeIssued',
      'ProgressReported',
      'DeadlineExtensionRequested',
      'DeadlineExtended',
      'MilestoneCompleted',
      'OutcomeRecorded',
      'CompletionCountersigned',
      'CompletionCountersigned',
      'CompletionReported',
      'CompletionReturned',
      'CompletionCountersigned',
      'CompletionCountersigned',
      'CompletionReported',
      'CompletionAccepted',
      'TaskRated',
      'LookBackReviewOpened',
      'RectificationReported',
      'LookBackReviewClosed',
    ]);
  });

  it('records who, what, when and why in every event, chained by hashes', async () => {
    const events = await app.readStream(`task-${taskId}`);
    let prevHash = GENESIS_HASH;
    for (const event of events) {
      expect(event.metadata).toMatchObject({
        actorId: expect.any(String),
        role: expect.stringMatching(/^(supervisor|leader|unit)$/),
        commandName: expect.any(String),
        commandId: expect.any(String),
        correlationId: expect.any(String),
        causationId: expect.any(String),
        occurredAt: expect.stringMatching(/^2026-03-02T01:00:00/),
        schemaVersion: 1,
        prevHash,
      });
      expect(event.metadata.chainVersion).toBe(2);
      expect(hashEvent(event)).toBe(event.metadata.hash);
      prevHash = String(event.metadata.hash);
    }
    expect(events[1].metadata).toMatchObject({
      actorId: 'dept-9-staff',
      role: 'unit',
      unitId: 'dept-9',
      commandName: 'AcknowledgeTask',
    });
  });

  it('keeps Chinese text exactly as it was sent', async () => {
    const [issued] = await app.readStream(`task-${taskId}`);
    expect(issued.data).toMatchObject({ title: '规范推进未成年人检察业务统一集中办理', category: '未成年人检察' });
  });
});
