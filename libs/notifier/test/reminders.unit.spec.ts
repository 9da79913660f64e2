import { remindersFor, type NotifierTask } from '../src';

const POLICY = { daysAhead: 3, noProgressDays: 14 };
const task = (overrides: Partial<NotifierTask> = {}): NotifierTask => ({
  taskId: 't1',
  code: '2026-01',
  title: '未成年人检察',
  leadUnitId: 'dept-9',
  coUnitIds: [],
  leadLeaderId: 'leader-juvenile',
  deadline: '2026-03-10',
  status: 'in_progress',
  openUrges: [],
  countersignedUnitIds: [],
  lastActivityOn: '2026-03-01',
  revision: 1n,
  ...overrides,
});
const at = (date: string) => new Date(`${date}T09:00:00+08:00`);
const causes = (t: NotifierTask, date: string) => remindersFor(t, at(date), POLICY).map((r) => r.causeId);

describe('the clock raises reminders', () => {
  it('a deadline warning from N days before the deadline in force, through the deadline day, about that deadline', () => {
    expect(causes(task(), '2026-03-06')).toEqual([]);
    expect(causes(task(), '2026-03-07')).toEqual(['reminder:t1:deadline_approaching:2026-03-10']);
    expect(causes(task(), '2026-03-10')).toEqual(['reminder:t1:deadline_approaching:2026-03-10']);
    expect(causes(task(), '2026-03-11')).toEqual([]);
    expect(causes(task({ deadline: '2026-04-10', lastActivityOn: '2026-04-01' }), '2026-04-08')).toEqual([
      'reminder:t1:deadline_approaching:2026-04-10',
    ]);
  });

  it('an urge’s reply from its due day while it is unanswered, to the lead side and the office', () => {
    const urged = task({ deadline: '2026-06-30', openUrges: [{ urgeId: 'u1', replyDueOn: '2026-03-08' }] });
    expect(causes(urged, '2026-03-07')).toEqual([]);
    const [reminder] = remindersFor(urged, at('2026-03-08'), POLICY);
    expect(reminder).toMatchObject({
      causeId: 'reminder:t1:urge_reply_due:u1:2026-03-08',
      recipients: ['unit:dept-9', 'leader:leader-juvenile', 'supervisor'],
    });
  });

  it('no progress once nobody worked on it for N days, about the day the stretch reached N', () => {
    const quiet = task({ deadline: '2026-12-31' });
    expect(causes(quiet, '2026-03-14')).toEqual([]);
    expect(causes(quiet, '2026-03-20')).toEqual(['reminder:t1:no_progress:2026-03-15']);
  });

  it('nothing for a task the units no longer owe work on', () => {
    for (const status of ['completed', 'cancelled', 'suspended', 'under_review'] as const)
      expect(causes(task({ status }), '2026-03-09')).toEqual([]);
  });
});
