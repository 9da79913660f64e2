import type { TaskEvent } from '@app/supervision';
import { evolveNotifierTask, noticesFor, type NotifierTask } from '../src';

const ISSUED: TaskEvent = {
  type: 'TaskIssued',
  data: {
    taskId: 't1',
    programmeId: 'p',
    code: '2026-01',
    title: '未成年人检察',
    description: 'd',
    category: 'c',
    leadLeaderId: 'leader-juvenile',
    leadUnitId: 'dept-9',
    coUnitIds: ['dept-1'],
    deadline: '2026-03-10',
    issuedAt: '2026-03-01T01:00:00.000Z',
  },
};

function fold(events: TaskEvent[]): NotifierTask | null {
  return events.reduce<NotifierTask | null>(
    (task, event, index) => evolveNotifierTask(task, event, BigInt(index), '2026-03-02T01:00:00.000Z'),
    null,
  );
}

function told(event: TaskEvent, history: TaskEvent[] = [ISSUED]) {
  const before = fold(history);
  const after = evolveNotifierTask(before, event, BigInt(history.length), '2026-03-03T01:00:00.000Z');
  return noticesFor(event, before, after).map((notice) => ({ cause: notice.cause, recipients: notice.recipients }));
}

describe('the notifier decides who is concerned', () => {
  it('when a task is issued: its lead unit and leader, and its co-units as co-operating', () => {
    const before = null;
    const after = evolveNotifierTask(before, ISSUED, 0n, ISSUED.data.issuedAt);
    expect(noticesFor(ISSUED, before, after).map((n) => [n.cause, n.recipients, n.title])).toEqual([
      ['task_issued', ['unit:dept-9', 'leader:leader-juvenile'], '新交办督办任务：2026-01 未成年人检察'],
      ['task_issued', ['unit:dept-1'], '新交办督办任务（配合）：2026-01 未成年人检察'],
    ]);
  });

  it('when a task is reassigned: the new lead unit and the newly added co-units, not those that stay', () => {
    const reassigned: TaskEvent = {
      type: 'ResponsibilityReassigned',
      data: {
        leadUnitId: 'dept-6',
        coUnitIds: ['dept-1', 'dept-2'],
        leadLeaderId: 'leader-juvenile',
        previousLeadUnitId: 'dept-9',
        previousCoUnitIds: ['dept-1'],
        previousLeadLeaderId: 'leader-juvenile',
        reason: '职能调整',
        reassignedAt: '2026-03-03T01:00:00.000Z',
      },
    };
    expect(told(reassigned)).toEqual([
      { cause: 'task_reassigned', recipients: ['unit:dept-6'] },
      { cause: 'task_reassigned', recipients: ['unit:dept-2'] },
    ]);
  });

  it('when the task is urged: its lead unit and leader', () => {
    const urged: TaskEvent = {
      type: 'UrgeNoticeIssued',
      data: { urgeId: 'u1', reason: '请加快', replyDueOn: '2026-03-08', issuedAt: '2026-03-03T01:00:00.000Z' },
    };
    expect(told(urged)).toEqual([{ cause: 'urged', recipients: ['unit:dept-9', 'leader:leader-juvenile'] }]);
  });

  it('when an extension is ruled on, either way: the lead unit', () => {
    expect(
      told({
        type: 'DeadlineExtended',
        data: { requestId: 'e1', previousDeadline: '2026-03-10', newDeadline: '2026-04-10', extendedAt: 'x' },
      }),
    ).toEqual([{ cause: 'extension_ruled', recipients: ['unit:dept-9'] }]);
    expect(
      told({ type: 'DeadlineExtensionRejected', data: { requestId: 'e1', reason: '理由不充分', rejectedAt: 'x' } }),
    ).toEqual([{ cause: 'extension_ruled', recipients: ['unit:dept-9'] }]);
  });

  it('when a completion is returned, or a look-back opened: the lead side (and the co-units for a look-back)', () => {
    expect(told({ type: 'CompletionReturned', data: { reason: '材料不全', returnedAt: 'x' } })).toEqual([
      { cause: 'completion_returned', recipients: ['unit:dept-9', 'leader:leader-juvenile'] },
    ]);
    expect(
      told({ type: 'LookBackReviewOpened', data: { reviewId: 'r1', findings: '整改不到位', openedAt: 'x' } }),
    ).toEqual([{ cause: 'look_back_opened', recipients: ['unit:dept-9', 'leader:leader-juvenile', 'unit:dept-1'] }]);
  });

  it('when the lead unit reports the work done: the co-units that have not countersigned are asked to', () => {
    const done: TaskEvent = {
      type: 'ProgressReported',
      data: {
        summary: '已完成',
        percent: 100,
        answersUrgeId: null,
        reportedBy: { kind: 'lead_unit', id: 'dept-9' },
        reportedAt: 'x',
      },
    };
    expect(told(done)).toEqual([{ cause: 'countersign_requested', recipients: ['unit:dept-1'] }]);
    const countersigned: TaskEvent = {
      type: 'CompletionCountersigned',
      data: { unitId: 'dept-1', comment: null, countersignedAt: 'x' },
    };
    expect(told(done, [ISSUED, countersigned])).toEqual([]);
    expect(told({ ...done, data: { ...done.data, percent: 80 } })).toEqual([]);
  });

  it('nobody for an act that asks nothing of anyone, nor for an event already folded (a replay)', () => {
    expect(told({ type: 'TaskAcknowledged', data: { unitId: 'dept-9', acknowledgedAt: 'x' } })).toEqual([]);
    const task = fold([ISSUED])!;
    const urged: TaskEvent = {
      type: 'UrgeNoticeIssued',
      data: { urgeId: 'u1', reason: 'r', replyDueOn: '2026-03-08', issuedAt: 'x' },
    };
    expect(noticesFor(urged, task, evolveNotifierTask(task, urged, 0n, 'x'))).toEqual([]);
  });
});
