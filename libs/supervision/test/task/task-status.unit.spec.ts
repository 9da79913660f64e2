import { TASK_STATUSES, evolveTask, taskStatusAfter, type TaskEvent, type TaskStatus } from '@app/supervision';

describe('the status transition', () => {
  it('moves a task on its acts and leaves it where it is on the rest', () => {
    expect(
      taskStatusAfter('issued', {
        type: 'TaskAcknowledged',
        data: { unitId: 'u1', acknowledgedAt: '2026-01-05T02:00:00.000Z' },
      }),
    ).toBe('acknowledged');
    expect(
      taskStatusAfter('completion_reported', {
        type: 'CompletionReturned',
        data: { reason: '不全', returnedAt: '2026-01-05T02:00:00.000Z' },
      }),
    ).toBe('in_progress');
    expect(
      taskStatusAfter('in_progress', {
        type: 'InstructionRecorded',
        data: { leaderId: 'l1', text: '抓紧', recordedAt: '2026-01-05T02:00:00.000Z' },
      }),
    ).toBe('in_progress');
  });

  it('resumes a suspended task to the status the resumption names', () => {
    for (const resumedStatus of TASK_STATUSES) {
      expect(
        taskStatusAfter('suspended', {
          type: 'TaskResumed',
          data: { reason: '恢复', resumedStatus, resumedAt: '2026-01-05T02:00:00.000Z' },
        }),
      ).toBe(resumedStatus);
    }
  });

  it('leaves the status as it was for an event type it does not know (a newer one)', () => {
    expect(taskStatusAfter('acknowledged', { type: 'SomethingNewer', data: {} } as unknown as TaskEvent)).toBe(
      'acknowledged',
    );
  });

  it('is the transition the domain’s evolve applies', () => {
    const issued = evolveTask(
      { status: 'not_issued' },
      {
        type: 'TaskIssued',
        data: {
          taskId: 't1',
          programmeId: 'p1',
          code: '2026-01',
          title: '任务',
          description: '说明',
          category: '类别',
          leadLeaderId: 'l1',
          leadUnitId: 'u1',
          coUnitIds: [],
          deadline: '2026-12-31',
          issuedAt: '2026-01-05T02:00:00.000Z',
        },
      },
    );
    const acknowledged = evolveTask(issued, {
      type: 'TaskAcknowledged',
      data: { unitId: 'u1', acknowledgedAt: '2026-01-06T02:00:00.000Z' },
    });
    expect([issued.status, acknowledged.status] satisfies (TaskStatus | 'not_issued')[]).toEqual([
      'issued',
      taskStatusAfter('issued', { type: 'TaskAcknowledged', data: { unitId: 'u1', acknowledgedAt: '' } }),
    ]);
  });
});
