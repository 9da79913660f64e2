import type { TaskEvent } from '@app/supervision';
import { evolveTaskDeadline, type TaskDeadline } from '../../src/task-deadlines/task-deadline.evolve';

describe('the task-deadlines row', () => {
  const fold = (events: TaskEvent[]): TaskDeadline | null =>
    events.reduce<TaskDeadline | null>(
      (row, event, revision) => evolveTaskDeadline(row, event, BigInt(revision)),
      null,
    );

  describe('before the task is issued', () => {
    it('is absent, whatever else the stream holds', () => {
      expect(fold([acknowledged()])).toBeNull();
    });
  });

  describe('when issued', () => {
    it('holds the deadline at issue, status issued and nothing recorded yet', () => {
      expect(fold([issued('2026-06-30')])).toEqual({
        taskId: 'task-1',
        deadline: '2026-06-30',
        status: 'issued',
        missedDeadlines: [],
        urgeIds: [],
        revision: 0n,
      });
    });
  });

  describe('as the task lives', () => {
    it('follows the status through acknowledgement, plan, completion report and acceptance', () => {
      expect(fold([issued(), acknowledged()])?.status).toBe('acknowledged');
      expect(fold([issued(), acknowledged(), planned()])?.status).toBe('in_progress');
      expect(fold([issued(), acknowledged(), planned(), completionReported()])?.status).toBe('completion_reported');
      expect(fold([issued(), acknowledged(), planned(), completionReported(), accepted()])?.status).toBe('completed');
    });

    it('moves the deadline in force with an approved extension and keeps the missed one recorded', () => {
      const row = fold([issued('2026-06-30'), missed('2026-06-30'), extended('2026-06-30', '2026-09-30')]);
      expect(row).toMatchObject({ deadline: '2026-09-30', missedDeadlines: ['2026-06-30'], revision: 2n });
    });

    it('remembers the urge ids issued, and a resumed task takes back the status it had', () => {
      const row = fold([issued(), urged('u-1'), suspended(), resumed('issued')]);
      expect(row).toMatchObject({ status: 'issued', urgeIds: ['u-1'] });
    });

    it('knows a cancelled task and one under look-back review', () => {
      expect(fold([issued(), cancelled()])?.status).toBe('cancelled');
      expect(
        fold([
          issued(),
          acknowledged(),
          planned(),
          completionReported(),
          accepted(),
          { type: 'LookBackReviewOpened', data: { reviewId: 'r1', findings: '落实不到位', openedAt: AT } },
        ])?.status,
      ).toBe('under_review');
    });
  });

  describe('when an event is given again', () => {
    it('changes nothing: a revision at or below the row is already reflected', () => {
      const row = fold([issued(), acknowledged()])!;
      expect(evolveTaskDeadline(row, planned(), 1n)).toBe(row);
      expect(evolveTaskDeadline(row, issued('2030-01-01'), 0n)).toBe(row);
    });
  });
});

const AT = '2026-03-02T01:00:00.000Z';
const issued = (deadline = '2026-12-31'): TaskEvent => ({
  type: 'TaskIssued',
  data: {
    taskId: 'task-1',
    programmeId: 'spp-2026',
    code: '2026-01',
    title: '规范推进未成年人检察业务统一集中办理',
    description: '统一集中办理',
    category: '未成年人检察',
    leadLeaderId: 'leader-juvenile',
    leadUnitId: 'dept-9',
    coUnitIds: [],
    deadline,
    issuedAt: AT,
  },
});
const acknowledged = (): TaskEvent => ({ type: 'TaskAcknowledged', data: { unitId: 'dept-9', acknowledgedAt: AT } });
const planned = (): TaskEvent => ({
  type: 'WorkPlanSubmitted',
  data: { plan: '分批试点', milestones: [], submittedAt: AT },
});
const completionReported = (): TaskEvent => ({
  type: 'CompletionReported',
  data: { summary: '已推开', outcomeIds: [], reportedAt: AT },
});
const accepted = (): TaskEvent => ({ type: 'CompletionAccepted', data: { comment: null, acceptedAt: AT } });
const missed = (deadline: string): TaskEvent => ({ type: 'DeadlineMissed', data: { deadline, recordedAt: AT } });
const extended = (previousDeadline: string, newDeadline: string): TaskEvent => ({
  type: 'DeadlineExtended',
  data: { requestId: 'x1', previousDeadline, newDeadline, extendedAt: AT },
});
const urged = (urgeId: string): TaskEvent => ({
  type: 'UrgeNoticeIssued',
  data: { urgeId, reason: '请报送进展', replyDueOn: '2026-03-10', issuedAt: AT },
});
const suspended = (): TaskEvent => ({
  type: 'TaskSuspended',
  data: { reason: '部署调整', previousStatus: 'issued', suspendedAt: AT },
});
const resumed = (resumedStatus: 'issued'): TaskEvent => ({
  type: 'TaskResumed',
  data: { reason: '恢复办理', resumedStatus, resumedAt: AT },
});
const cancelled = (): TaskEvent => ({
  type: 'TaskCancelled',
  data: { reason: '已由其他批次承接', previousStatus: 'issued', cancelledAt: AT },
});
