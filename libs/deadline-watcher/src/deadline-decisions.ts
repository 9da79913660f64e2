/**
 * What the deadline watcher does about one task, decided without side effects: record the missed
 * deadline in force, and (when configured) urge the unit once for it. The domain decides again when
 * the commands arrive; this only picks the candidates and names each act deterministically, so that
 * two watchers sending the same act append it once.
 */
import { v5 as uuidv5 } from 'uuid';
import { calendarDateOf, hasDeadlinePassed, type TaskCommand, type TaskStatus } from '@app/supervision';
import type { TaskDeadline } from '@app/read-models';

export interface WatcherPolicy {
  /** Also issue an urge notice (催办) for a missed deadline. */
  readonly autoUrge: boolean;
  /** The urged unit's reply is due this many days after the urge. */
  readonly urgeReplyDays: number;
}

export interface WatcherAct {
  readonly taskId: string;
  /** Deterministic per task and deadline: the command path's idempotency key. */
  readonly commandId: string;
  readonly command: TaskCommand;
}

/** The statuses in which the domain accepts RecordMissedDeadline (not completed, cancelled or under look-back review). */
export const RECORDABLE_STATUSES: readonly TaskStatus[] = [
  'issued',
  'sent_back',
  'acknowledged',
  'in_progress',
  'completion_reported',
  'suspended',
];
/** Urging needs an open task; a suspended one is not urged. */
export const URGEABLE_STATUSES: readonly TaskStatus[] = [
  'issued',
  'sent_back',
  'acknowledged',
  'in_progress',
  'completion_reported',
];

// Fixed namespace: (task, deadline, act) always names the same command.
const WATCHER_NAMESPACE = '0d7a4c36-1f53-4c52-8b8e-6a0f3d9e2b71';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The urge id the watcher gives the urge for a missed deadline; also how it recognises that it already urged. */
export function autoUrgeId(deadline: string): string {
  return `deadline-missed-${deadline}`;
}

export function decideDeadlineActs(row: TaskDeadline, now: Date, policy: WatcherPolicy): WatcherAct[] {
  if (!hasDeadlinePassed(row.deadline, now)) return [];
  const acts: WatcherAct[] = [];
  const recorded = row.missedDeadlines.includes(row.deadline);
  if (!recorded && RECORDABLE_STATUSES.includes(row.status)) {
    acts.push({
      taskId: row.taskId,
      commandId: commandIdFor(row.taskId, row.deadline, 'missed'),
      command: { type: 'RecordMissedDeadline', data: { deadline: row.deadline } },
    });
  }
  const mayUrge = recorded || acts.length > 0;
  if (
    policy.autoUrge &&
    mayUrge &&
    URGEABLE_STATUSES.includes(row.status) &&
    !row.urgeIds.includes(autoUrgeId(row.deadline))
  ) {
    const replyDueOn = addDays(calendarDateOf(now), policy.urgeReplyDays);
    acts.push({
      taskId: row.taskId,
      commandId: commandIdFor(row.taskId, row.deadline, 'urge'),
      command: {
        type: 'IssueUrgeNotice',
        data: { urgeId: autoUrgeId(row.deadline), reason: urgeReason(row.deadline, replyDueOn), replyDueOn },
      },
    });
  }
  return acts;
}

/** The urge's text, as the supervision office writes it. */
export function urgeReason(deadline: string, replyDueOn: string): string {
  return `该任务已超过办理期限（${deadline}）仍未办结，请于${replyDueOn}前书面报告办理进展及延误原因。`;
}

function commandIdFor(taskId: string, deadline: string, act: 'missed' | 'urge'): string {
  return uuidv5(`${taskId}\n${deadline}\n${act}`, WATCHER_NAMESPACE);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
