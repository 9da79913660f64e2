import { fold } from '../../src/kernel/decider';
import { taskDecider } from '../../src/task/task.decider';
import type { TaskEvent } from '../../src/task/task.events';
import { DEFAULT_FLAG_POLICY, completedOnTime, deriveTaskFlags } from '../../src/task/task-flags';
import { e, history } from './task.fixtures';

const stateOf = (events: TaskEvent[]) => fold(taskDecider.evolve, taskDecider.initialState(), events);
/** A Beijing wall-clock time as an instant. */
const beijing = (local: string) => new Date(`${local}+08:00`);
const policy = { staleAfterDays: 30, yellowWithinDays: 7 };

describe('the flags of a task', () => {
  it('has no flags before it is issued', () => {
    expect(deriveTaskFlags(stateOf([]), beijing('2026-03-02T09:00:00'))).toEqual({
      overdue: false,
      stale: false,
      light: 'none',
    });
  });

  it('is green well before the deadline', () => {
    expect(deriveTaskFlags(stateOf(history.inProgress()), beijing('2026-03-02T09:00:00'), policy)).toEqual({
      overdue: false,
      stale: false,
      light: 'green',
    });
  });

  it('turns yellow when the deadline is within the policy’s days', () => {
    expect(deriveTaskFlags(stateOf(history.inProgress()), beijing('2026-12-23T23:59:00'), policy).light).toBe('green');
    expect(deriveTaskFlags(stateOf(history.inProgress()), beijing('2026-12-24T00:00:00'), policy).light).toBe('yellow');
  });

  it('is yellow, not overdue, through the whole deadline day (Beijing time)', () => {
    expect(deriveTaskFlags(stateOf(history.inProgress()), beijing('2026-12-31T23:59:59'), policy)).toMatchObject({
      overdue: false,
      light: 'yellow',
    });
  });

  it('is overdue and red from the first moment after the deadline day', () => {
    expect(deriveTaskFlags(stateOf(history.inProgress()), beijing('2027-01-01T00:00:00'), policy)).toMatchObject({
      overdue: true,
      light: 'red',
    });
  });

  it('is overdue even while suspended or awaiting acceptance', () => {
    const after = beijing('2027-01-05T09:00:00');
    expect(deriveTaskFlags(stateOf(history.suspended()), after).overdue).toBe(true);
    expect(deriveTaskFlags(stateOf(history.completionReported()), after).overdue).toBe(true);
  });

  it('measures against the extended deadline', () => {
    const extended = stateOf([...history.inProgress(), e.extensionRequested(), e.extended()]);
    expect(deriveTaskFlags(extended, beijing('2027-01-05T09:00:00'))).toMatchObject({ overdue: false, light: 'green' });
  });

  it.each<[string, () => TaskEvent[]]>([
    ['completed', history.completed],
    ['under look-back review', history.underReview],
    ['cancelled', history.cancelled],
  ])('has no light and is never overdue when %s', (_, given) => {
    expect(deriveTaskFlags(stateOf(given()), beijing('2027-06-01T09:00:00'))).toEqual({
      overdue: false,
      stale: false,
      light: 'none',
    });
  });

  it('is stale when in progress with no report for the policy’s days, counting from the plan', () => {
    // The plan was submitted 2026-03-02 09:00 Beijing.
    expect(deriveTaskFlags(stateOf(history.inProgress()), beijing('2026-03-31T09:00:00'), policy).stale).toBe(false);
    expect(deriveTaskFlags(stateOf(history.inProgress()), beijing('2026-04-01T09:00:00'), policy).stale).toBe(true);
  });

  it('counts staleness from the last report', () => {
    const reported = stateOf([...history.inProgress(), e.progress(40, '2026-03-20T01:00:00.000Z')]);
    expect(deriveTaskFlags(reported, beijing('2026-04-01T09:00:00'), policy).stale).toBe(false);
    expect(deriveTaskFlags(reported, beijing('2026-04-19T09:00:00'), policy).stale).toBe(true);
  });

  it('is never stale before the work starts', () => {
    expect(deriveTaskFlags(stateOf(history.acknowledged()), beijing('2026-09-01T09:00:00'), policy).stale).toBe(false);
  });

  it('follows the policy it is given', () => {
    const strict = { staleAfterDays: 3, yellowWithinDays: 400 };
    expect(deriveTaskFlags(stateOf(history.inProgress()), beijing('2026-03-05T09:00:00'), strict)).toEqual({
      overdue: false,
      stale: true,
      light: 'yellow',
    });
  });

  it('uses the default policy when none is given', () => {
    expect(DEFAULT_FLAG_POLICY).toEqual({ staleAfterDays: 30, yellowWithinDays: 7 });
    expect(deriveTaskFlags(stateOf(history.inProgress()), beijing('2026-12-24T09:00:00')).light).toBe('yellow');
  });

  it('gives the same flags for the same events and clock (replayable)', () => {
    const now = beijing('2026-06-01T09:00:00');
    expect(deriveTaskFlags(stateOf(history.inProgress()), now)).toEqual(
      deriveTaskFlags(stateOf(JSON.parse(JSON.stringify(history.inProgress()))), now),
    );
  });
});

describe('completion on time', () => {
  const accepted = (acceptedAt: string, ...before: TaskEvent[]) =>
    stateOf([...history.countersignedByAll(), ...before, e.completionReported(), e.accepted(acceptedAt)]);

  it('counts a completion accepted on the deadline day, Beijing time', () => {
    expect(completedOnTime(accepted('2026-12-31T15:59:00.000Z'))).toBe(true);
  });

  it('does not count a completion accepted after the deadline day', () => {
    expect(completedOnTime(accepted('2026-12-31T16:00:00.000Z'))).toBe(false);
  });

  it('keeps the original deadline even when an extension was granted', () => {
    expect(completedOnTime(accepted('2027-02-01T02:00:00.000Z', e.extensionRequested(), e.extended()))).toBe(false);
  });

  it('still counts on time through a look-back review', () => {
    expect(
      completedOnTime(
        stateOf([...history.completionReported(), e.accepted('2026-11-30T02:00:00.000Z'), e.reviewOpened()]),
      ),
    ).toBe(true);
  });

  it('is false for a task not completed, or cancelled', () => {
    expect(completedOnTime(stateOf([]))).toBe(false);
    expect(completedOnTime(stateOf(history.completionReported()))).toBe(false);
    expect(completedOnTime(stateOf([...history.completed(), e.cancelled()]))).toBe(false);
  });
});
