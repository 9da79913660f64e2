/**
 * Derived flags, not states: overdue, stale and the traffic light, computed from the folded state
 * and an injected clock so that a replay gives the same answer. The one place the read side asks.
 * Day arithmetic follows kernel/calendar.ts (deadlines end at 24:00 Beijing time).
 */
import { calendarDateOf, daysBetween, daysUntil, hasDeadlinePassed } from '../kernel/calendar';
import { isIssued, type Task, type TaskState } from './task.state';

export const TRAFFIC_LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

export interface TaskFlags {
  readonly overdue: boolean;
  readonly stale: boolean;
  readonly light: TrafficLight;
}

export interface FlagPolicy {
  /** In progress with no report (or, before any report, no plan) for this many whole days: stale. */
  readonly staleAfterDays: number;
  /** Yellow when the deadline is this many calendar days away or fewer (0 = the deadline is today). */
  readonly yellowWithinDays: number;
}

export const DEFAULT_FLAG_POLICY: FlagPolicy = { staleAfterDays: 30, yellowWithinDays: 7 };

const NO_FLAGS: TaskFlags = { overdue: false, stale: false, light: 'none' };

/** Completed (accepted, possibly under look-back review since) or cancelled: no longer measured against the deadline, so no flags. */
export function isFinished(task: Task): boolean {
  return task.status === 'cancelled' || task.completedAt !== null;
}

/** Accepted (办结), also while under look-back review since: what the on-time rate counts. */
export function isCompleted(task: Task): boolean {
  return task.completedAt !== null && (task.status === 'completed' || task.status === 'under_review');
}

/** When in progress, the instant stale counts from: the last report, or the plan before any. Null otherwise (and when finished). */
export function staleSince(task: Task): string | null {
  if (isFinished(task) || task.status !== 'in_progress') return null;
  return task.progress.lastReportedAt ?? task.plan?.submittedAt ?? null;
}

export function deriveTaskFlags(state: TaskState, now: Date, policy: FlagPolicy = DEFAULT_FLAG_POLICY): TaskFlags {
  if (!isIssued(state) || isFinished(state)) return NO_FLAGS;
  const overdue = hasDeadlinePassed(state.deadline, now);
  return {
    overdue,
    stale: isStale(state, now, policy),
    light: overdue ? 'red' : daysUntil(state.deadline, now) <= policy.yellowWithinDays ? 'yellow' : 'green',
  };
}

function isStale(task: Task, now: Date, policy: FlagPolicy): boolean {
  const since = staleSince(task);
  return since !== null && daysBetween(since, now) >= policy.staleAfterDays;
}

/** Accepted (办结) on or before the ORIGINAL deadline, whatever extensions were granted; false when not completed. */
export function completedOnTime(state: TaskState): boolean {
  if (!isIssued(state) || !isCompleted(state)) return false;
  return calendarDateOf(state.completedAt!) <= state.originalDeadline;
}
