import { randomUUID } from 'node:crypto';
import { parsePosition, type RecordedEvent } from '@app/event-store';
import { headShowing } from '@app/testing';
import { liveTables } from '@app/projector';
import { caughtUp, openHarness, type Harness } from '../../../projector/test/support/projector-harness';
import { findOverdueTasks } from '../../src/task-deadlines/overdue-tasks.query';
import { taskDeadlinesProjection } from '../../src/task-deadlines/task-deadlines.projection';

describe('the task-deadlines projection', () => {
  let harness: Harness;
  beforeEach(async () => (harness = await openHarness()));
  afterEach(() => harness.close());

  const rows = () =>
    harness.rows(
      'select task_id, deadline, status, missed_deadlines, urge_ids, revision from task_deadlines order by task_id',
    );

  async function givenTaskHistory(
    taskId: string,
    events: { type: string; data: Record<string, unknown> }[],
  ): Promise<void> {
    const written = await harness.store.append(
      `task-${taskId}`,
      events.map((event) => ({ id: randomUUID(), ...event, metadata: {} })),
      'any',
    );
    await headShowing(harness.store, written.position);
  }

  it('keeps one row per task with the deadline in force, and finds the overdue ones', async () => {
    await givenTaskHistory('a', [
      issued('a', '2026-03-01'),
      { type: 'TaskAcknowledged', data: { unitId: 'dept-9', acknowledgedAt: AT } },
    ]);
    await givenTaskHistory('b', [
      issued('b', '2026-03-01'),
      { type: 'DeadlineMissed', data: { deadline: '2026-03-01', recordedAt: AT } },
    ]);
    await givenTaskHistory('c', [issued('c', '2026-12-31')]);
    const admin = harness.admin([taskDeadlinesProjection]);
    await harness.projector([taskDeadlinesProjection]).start();
    await caughtUp(admin);

    expect(await rows()).toEqual([
      {
        task_id: 'a',
        deadline: '2026-03-01',
        status: 'acknowledged',
        missed_deadlines: [],
        urge_ids: [],
        revision: '1',
      },
      {
        task_id: 'b',
        deadline: '2026-03-01',
        status: 'issued',
        missed_deadlines: ['2026-03-01'],
        urge_ids: [],
        revision: '1',
      },
      { task_id: 'c', deadline: '2026-12-31', status: 'issued', missed_deadlines: [], urge_ids: [], revision: '0' },
    ]);
    const overdue = await findOverdueTasks(harness.dataSource.manager, {
      today: '2026-03-02',
      recordable: ['issued', 'acknowledged'],
      limit: 100,
    });
    expect(overdue.map((row) => row.taskId)).toEqual(['a']);
    const toUrge = await findOverdueTasks(harness.dataSource.manager, {
      today: '2026-03-02',
      recordable: ['issued', 'acknowledged'],
      urging: { statuses: ['issued', 'acknowledged'], urgeIdPrefix: 'deadline-missed-' },
      limit: 100,
    });
    expect(toUrge.map((row) => row.taskId)).toEqual(['a', 'b']);
  });

  it('is idempotent: the same batch applied twice leaves the rows as once, and a fresh rebuild has the same checksum', async () => {
    await givenTaskHistory('a', [
      issued('a', '2026-03-01'),
      {
        type: 'UrgeNoticeIssued',
        data: { urgeId: 'u1', reason: '请报送进展', replyDueOn: '2026-03-10', issuedAt: AT },
      },
    ]);
    const admin = harness.admin([taskDeadlinesProjection]);
    await harness.projector([taskDeadlinesProjection]).start();
    await caughtUp(admin);
    const once = await rows();

    const events: RecordedEvent[] = [];
    for await (const event of harness.store.readStream('task-a')) events.push(event);
    await harness.dataSource.transaction((manager) =>
      taskDeadlinesProjection.apply(manager, events, liveTables(taskDeadlinesProjection)),
    );

    expect(await rows()).toEqual(once);
    const live = await admin.checksum('task-deadlines');
    expect(await admin.checksumOfFreshRebuild('task-deadlines', { until: parsePosition(live.position) })).toEqual(live);
  });
});

const AT = '2026-02-10T02:00:00.000Z';
function issued(taskId: string, deadline: string) {
  return {
    type: 'TaskIssued',
    data: {
      taskId,
      programmeId: 'spp-2026',
      code: `2026-${taskId}`,
      title: '规范推进未成年人检察业务统一集中办理',
      description: '统一集中办理',
      category: '未成年人检察',
      leadLeaderId: 'leader-juvenile',
      leadUnitId: 'dept-9',
      coUnitIds: [],
      deadline,
      issuedAt: AT,
    },
  };
}
