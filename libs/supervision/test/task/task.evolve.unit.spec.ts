import { fold } from '../../src/kernel/decider';
import { taskDecider } from '../../src/task/task.decider';
import type { TaskEvent } from '../../src/task/task.events';
import {
  currentLookBackReview,
  missingCountersigns,
  openExtensionRequest,
  openUrges,
  type Task,
  type TaskState,
} from '../../src/task/task.state';
import { AT, DEADLINE, e, history } from './task.fixtures';

const stateAfter = (events: TaskEvent[]): Task => {
  const state: TaskState = fold(taskDecider.evolve, taskDecider.initialState(), events);
  if (state.status === 'not_issued') throw new Error('expected an issued task');
  return state;
};

describe('the state of a task', () => {
  it('is not issued before any event', () => {
    expect(taskDecider.initialState()).toEqual({ status: 'not_issued' });
  });

  it('ignores events other than TaskIssued before the task is issued', () => {
    expect(fold(taskDecider.evolve, taskDecider.initialState(), [e.acknowledged()])).toEqual({ status: 'not_issued' });
  });

  it('ignores an event type it does not know, as a replay of a newer log would bring', () => {
    const before = stateAfter(history.issued());
    expect(taskDecider.evolve(before, { type: 'SomethingNew', data: {} } as unknown as TaskEvent)).toBe(before);
  });

  it('keeps what was issued, with the original deadline', () => {
    expect(stateAfter(history.issued())).toMatchObject({
      status: 'issued',
      taskId: 'task-2026-01',
      code: '2026-01',
      leadUnitId: 'dept-9',
      coUnitIds: ['dept-1', 'dept-6'],
      deadline: DEADLINE,
      originalDeadline: DEADLINE,
      issuedAt: AT,
      updatedAt: AT,
    });
  });

  it('moves the deadline on an approved extension but never the original deadline', () => {
    const task = stateAfter([...history.inProgress(), e.extensionRequested(), e.extended()]);
    expect(task).toMatchObject({ deadline: '2027-03-31', originalDeadline: DEADLINE });
    expect(task.extensionRequests).toEqual([
      expect.objectContaining({ requestId: 'x1', decision: 'approved', decidedAt: AT }),
    ]);
    expect(openExtensionRequest(task)).toBeUndefined();
  });

  it('keeps a rejected extension request with its reason', () => {
    const task = stateAfter([...history.inProgress(), e.extensionRequested(), e.extensionRejected()]);
    expect(task.deadline).toBe(DEADLINE);
    expect(task.extensionRequests[0]).toMatchObject({ decision: 'rejected', rejectionReason: '时限不变' });
  });

  it('keeps the plan and its milestones, and which are completed', () => {
    const task = stateAfter([...history.inProgress(), e.milestoneDone('m1')]);
    expect(task.plan).toEqual({ text: '制定工作指引，分批试点。', submittedAt: AT });
    expect(task.milestones.map((m) => [m.milestoneId, m.completedAt])).toEqual([
      ['m1', AT],
      ['m2', null],
    ]);
  });

  it('keeps the latest report of the lead side apart from co-unit input, and counts them all', () => {
    const coUnitInput: TaskEvent = {
      type: 'ProgressReported',
      data: {
        summary: '配合情况',
        percent: 80,
        answersUrgeId: null,
        reportedBy: { kind: 'co_unit', id: 'dept-1' },
        reportedAt: '2026-03-05T01:00:00.000Z',
      },
    };
    const task = stateAfter([...history.inProgress(), e.progress(30), coUnitInput]);
    expect(task.progress.latest).toMatchObject({ percent: 30 });
    expect(task.progress.latestByCoUnit['dept-1']).toMatchObject({ percent: 80 });
    expect(task.progress).toMatchObject({ count: 2, lastReportedAt: '2026-03-05T01:00:00.000Z' });
    expect(task.updatedAt).toBe('2026-03-05T01:00:00.000Z');
  });

  it('closes an urge notice when a report answers it', () => {
    const task = stateAfter([...history.inProgress(), e.urged('u1'), e.urged('u2'), e.urgeAnswered('u1')]);
    expect(openUrges(task).map((u) => u.urgeId)).toEqual(['u2']);
  });

  it('keeps instructions, outcomes, co-operation and missed deadlines', () => {
    const instructed: TaskEvent = {
      type: 'InstructionRecorded',
      data: { leaderId: 'leader-juvenile', text: '抓紧', recordedAt: AT },
    };
    const task = stateAfter([
      ...history.inProgress(),
      instructed,
      e.outcome('o1'),
      e.cooperationRequested(),
      e.cooperationProvided(),
      e.deadlineMissed(),
    ]);
    expect(task.instructions).toEqual([{ leaderId: 'leader-juvenile', text: '抓紧', recordedAt: AT }]);
    expect(task.outcomes.map((o) => o.outcomeId)).toEqual(['o1']);
    expect(task.cooperationRequests[0]).toMatchObject({ requestId: 'c1', response: '已移送', providedAt: AT });
    expect(task.missedDeadlines).toEqual([{ deadline: DEADLINE, recordedAt: AT }]);
  });

  it('clears the countersigns when a completion is returned', () => {
    const reported = stateAfter(history.completionReported());
    expect(Object.keys(reported.countersigns)).toEqual(['dept-1', 'dept-6']);
    const returned = stateAfter([...history.completionReported(), e.returned()]);
    expect(returned).toMatchObject({
      status: 'in_progress',
      countersigns: {},
      completionReport: null,
      completionReturns: [{ reason: '请补充试点评估', returnedAt: AT }],
    });
    expect(missingCountersigns(returned)).toEqual(['dept-1', 'dept-6']);
  });

  it('keeps the acceptance time as the completion time through a look-back review', () => {
    const accepted = '2026-11-30T02:00:00.000Z';
    const task = stateAfter([
      ...history.completionReported(),
      e.accepted(accepted),
      e.rated('excellent'),
      e.reviewOpened(),
      e.rectified(),
      e.reviewClosed(),
    ]);
    expect(task).toMatchObject({
      status: 'completed',
      completedAt: accepted,
      rating: { rating: 'excellent', ratedAt: AT },
    });
    expect(task.lookBackReviews).toEqual([
      {
        reviewId: 'r1',
        findings: '个别地区落实不到位',
        openedAt: AT,
        rectifications: [{ summary: '已逐项整改', reportedAt: AT }],
        conclusion: '整改到位',
        closedAt: AT,
      },
    ]);
    expect(currentLookBackReview(task)).toBeUndefined();
  });

  it('remembers the status it was suspended from, and returns to it', () => {
    const suspended = stateAfter([...history.acknowledged(), e.suspended('acknowledged')]);
    expect(suspended).toMatchObject({ status: 'suspended', suspendedFrom: 'acknowledged' });
    const resumed = stateAfter([...history.acknowledged(), e.suspended('acknowledged'), e.resumed('acknowledged')]);
    expect(resumed).toMatchObject({ status: 'acknowledged', suspendedFrom: null });
  });

  it('is cancelled for good, with the reason', () => {
    expect(stateAfter(history.cancelled())).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: '任务已由其他批次承接', cancelledAt: AT },
    });
  });

  it('takes the new responsibility on reassignment and goes back to issued', () => {
    expect(stateAfter([...history.sentBack(), e.reassigned()])).toMatchObject({
      status: 'issued',
      leadUnitId: 'dept-12',
      coUnitIds: [],
      sentBack: { reason: '职责不符，应由第十二检察厅牵头' },
    });
  });

  it('gives the same state after a JSON round trip of its events', () => {
    const events = [...history.completed(), e.rated(), e.reviewOpened()];
    expect(stateAfter(JSON.parse(JSON.stringify(events)))).toEqual(stateAfter(events));
  });
});
