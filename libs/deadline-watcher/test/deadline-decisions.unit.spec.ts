import type { TaskDeadline } from '@app/read-models';
import { autoUrgeId, decideDeadlineActs } from '../src/deadline-decisions';

describe('the deadline watcher decides', () => {
  const NO_URGE = { autoUrge: false, urgeReplyDays: 5 };
  const URGE = { autoUrge: true, urgeReplyDays: 5 };
  const ON_DEADLINE_DAY = new Date('2026-03-10T23:59:59+08:00');
  const NEXT_DAY = new Date('2026-03-11T00:00:00+08:00');

  describe('for an open task due on 10 March', () => {
    it('nothing while the deadline day lasts in Beijing', () => {
      expect(decideDeadlineActs(task(), ON_DEADLINE_DAY, URGE)).toEqual([]);
    });

    it('to record the missed deadline once the day is over, with the same command id every time', () => {
      const acts = decideDeadlineActs(task(), NEXT_DAY, NO_URGE);
      expect(acts.map((act) => act.command)).toEqual([
        { type: 'RecordMissedDeadline', data: { deadline: '2026-03-10' } },
      ]);
      expect(decideDeadlineActs(task(), new Date('2026-04-01T12:00:00+08:00'), NO_URGE)[0].commandId).toBe(
        acts[0].commandId,
      );
      expect(decideDeadlineActs(task({ taskId: 'other' }), NEXT_DAY, NO_URGE)[0].commandId).not.toBe(acts[0].commandId);
    });

    it('to urge too when configured, the reply due the configured days after today', () => {
      const [, urge] = decideDeadlineActs(task(), NEXT_DAY, URGE);
      expect(urge.command).toEqual({
        type: 'IssueUrgeNotice',
        data: {
          urgeId: 'deadline-missed-2026-03-10',
          reason: '该任务已超过办理期限（2026-03-10）仍未办结，请于2026-03-16前书面报告办理进展及延误原因。',
          replyDueOn: '2026-03-16',
        },
      });
    });

    it('only the urge once the missed deadline is recorded, and nothing once it was urged', () => {
      expect(
        decideDeadlineActs(task({ missedDeadlines: ['2026-03-10'] }), NEXT_DAY, URGE).map((act) => act.command.type),
      ).toEqual(['IssueUrgeNotice']);
      expect(
        decideDeadlineActs(
          task({ missedDeadlines: ['2026-03-10'], urgeIds: [autoUrgeId('2026-03-10')] }),
          NEXT_DAY,
          URGE,
        ),
      ).toEqual([]);
    });
  });

  describe('for a task whose deadline was extended after being missed', () => {
    it('records the new deadline when it passes too', () => {
      const acts = decideDeadlineActs(
        task({ deadline: '2026-04-30', missedDeadlines: ['2026-03-10'] }),
        new Date('2026-05-01T08:00:00+08:00'),
        NO_URGE,
      );
      expect(acts.map((act) => act.command.data)).toEqual([{ deadline: '2026-04-30' }]);
    });
  });

  describe('for a suspended task', () => {
    it('records the missed deadline but does not urge', () => {
      expect(decideDeadlineActs(task({ status: 'suspended' }), NEXT_DAY, URGE).map((act) => act.command.type)).toEqual([
        'RecordMissedDeadline',
      ]);
    });
  });

  describe.each(['completed', 'cancelled', 'under_review'] as const)('for a %s task', (status) => {
    it('nothing', () => {
      expect(decideDeadlineActs(task({ status }), NEXT_DAY, URGE)).toEqual([]);
    });
  });
});

function task(overrides: Partial<TaskDeadline> = {}): TaskDeadline {
  return {
    taskId: 'task-1',
    deadline: '2026-03-10',
    status: 'in_progress',
    missedDeadlines: [],
    urgeIds: [],
    revision: 3n,
    ...overrides,
  };
}
