import { AT, e, history } from '../../../supervision/test/task/task.fixtures';
import { recorded } from '../support/recorded-events';
import { foldTaskView } from '../../src/task-view/task-view';
import { boardRowOf } from '../../src/task-board/task-board.row';

const rowAfter = (events: ReturnType<typeof history.issued>) => {
  const view = foldTaskView(undefined, recorded('task-t1', events));
  if (!view) throw new Error('no task was issued');
  return boardRowOf('t1', view);
};

describe('the task board row', () => {
  describe('when just issued', () => {
    it('shows the task as issued, with its units, leader and deadline, in the Chinese it was given', () => {
      expect(rowAfter(history.issued())).toMatchObject({
        task_id: 't1',
        revision: 0,
        title: '规范推进未成年人检察业务统一集中办理',
        category: '未成年人检察',
        status: 'issued',
        lead_unit_id: 'dept-9',
        co_unit_ids: ['dept-1', 'dept-6'],
        lead_leader_id: 'leader-juvenile',
        deadline: '2026-12-31',
        original_deadline: '2026-12-31',
        finished: false,
        stale_since: null,
        progress_percent: null,
      });
    });
  });

  describe('when in progress', () => {
    it('counts staleness from the plan before any report, then from the last report', () => {
      expect(rowAfter(history.inProgress()).stale_since).toBe(AT);
      expect(rowAfter([...history.inProgress(), e.progress(40, '2026-04-01T02:00:00.000Z')])).toMatchObject({
        stale_since: '2026-04-01T02:00:00.000Z',
        progress_percent: 40,
      });
    });

    it('keeps the original deadline when an extension moves the deadline in force', () => {
      expect(rowAfter([...history.inProgress(), e.extensionRequested(), e.extended()])).toMatchObject({
        deadline: '2027-03-31',
        original_deadline: '2026-12-31',
      });
    });

    it('counts the urges not yet answered', () => {
      expect(rowAfter([...history.inProgress(), e.urged('u1'), e.urged('u2'), e.urgeAnswered('u1')]).open_urges).toBe(
        1,
      );
    });
  });

  describe('when finished', () => {
    it('marks a completed task finished, completed and on time by the original deadline', () => {
      expect(rowAfter(history.completed())).toMatchObject({
        status: 'completed',
        finished: true,
        completed: true,
        completed_on_time: true,
        stale_since: null,
      });
    });

    it('counts a completion after the original deadline as late even with an extension granted', () => {
      const late = [
        ...history.inProgress(),
        e.extensionRequested(),
        e.extended(),
        e.countersigned('dept-1'),
        e.countersigned('dept-6'),
        e.completionReported(),
        e.accepted('2027-02-01T02:00:00.000Z'),
      ];
      expect(rowAfter(late)).toMatchObject({ completed: true, completed_on_time: false });
    });

    it('keeps counting a task under look-back review as completed', () => {
      expect(rowAfter(history.underReview())).toMatchObject({
        status: 'under_review',
        finished: true,
        completed: true,
      });
    });

    it('marks a cancelled task finished but not completed', () => {
      expect(rowAfter(history.cancelled())).toMatchObject({
        status: 'cancelled',
        finished: true,
        completed: false,
        completed_on_time: false,
      });
    });
  });

  it('is idempotent if run twice: the same events folded again change nothing', () => {
    const events = recorded('task-t1', history.completed());
    const once = foldTaskView(undefined, events);
    const twice = foldTaskView(once, events);
    expect(twice).toBe(once);
    expect(boardRowOf('t1', twice!)).toEqual(boardRowOf('t1', once!));
  });

  it('ignores events of a task never issued', () => {
    expect(foldTaskView(undefined, recorded('task-t1', [e.acknowledged()]))).toBeUndefined();
  });
});
