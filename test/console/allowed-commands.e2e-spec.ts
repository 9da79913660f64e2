/** The task detail says which commands the caller may send (decided by the domain), so the console offers only those. */
import { eventually } from '@app/testing';
import { get, post } from '../support/http-client';
import {
  AUDITOR,
  CRIMINAL_UNIT,
  JUVENILE_LEADER,
  JUVENILE_UNIT,
  SUPERVISOR,
  givenIssuedTask,
  givenOrganisation,
} from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

describe('allowedCommands on the task detail', () => {
  let app: TestApp;
  let taskId: string;
  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
    taskId = await givenIssuedTask(app);
  });
  afterAll(() => app.close());

  const allowedFor = async (claims: Parameters<TestApp['tokenFor']>[0], minPosition?: string) => {
    const token = app.tokenFor(claims);
    const headers: Record<string, string> = minPosition ? { 'x-min-position': minPosition } : {};
    // Until the detail read model shows the issued task.
    const answer = await eventually(
      () => get(app.url, `/api/tasks/${taskId}`, { token, headers }),
      (a) => a.status === 200,
    );
    return answer.body.allowedCommands;
  };

  it('given a task just issued, offers each caller what the domain would take from them', async () => {
    expect(await allowedFor(JUVENILE_UNIT)).toEqual(['AcknowledgeTask', 'SendBackTask']);
    expect(await allowedFor(SUPERVISOR)).toEqual(['IssueUrgeNotice', 'SuspendTask', 'CancelTask']);
    expect(await allowedFor(JUVENILE_LEADER)).toEqual(['RecordInstruction']);
    expect(await allowedFor(CRIMINAL_UNIT)).toEqual([]);
    expect(await allowedFor(AUDITOR)).toEqual([]);
  });

  it('when the lead unit acknowledges, then it is offered the work plan instead', async () => {
    const acknowledged = await post(
      app.url,
      `/api/tasks/${taskId}/acknowledge`,
      {},
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    expect(acknowledged.status).toBe(200);
    expect(await allowedFor(JUVENILE_UNIT, acknowledged.body.position)).toEqual([
      'SubmitWorkPlan',
      'RequestDeadlineExtension',
    ]);
  });
});
