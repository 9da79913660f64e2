/**
 * The reminders the clock raises, decided without side effects from a task as the notifier knows it
 * and today's Beijing date: its deadline in force is N days away or nearer (预警), an urge's reply is due
 * today or overdue, nobody has worked on it for N days. Each names the date it is about, so it fires
 * once per deadline, per urge, per quiet stretch, whatever the number of rounds or notifiers.
 */
import { calendarDateOf } from '@app/supervision';
import { OFFICE, type NotificationCause } from './notification-causes';
import type { Telling } from './delivery-records';
import { OPEN_STATUSES, type NotifierTask } from './notifier-task';
import { leaderRecipient, unitRecipient } from './recipients';

export interface ReminderPolicy {
  /** 预警 this many days before the deadline in force (0: off). */
  readonly daysAhead: number;
  /** Remind when nobody has worked on an open task for this many days (0: off). */
  readonly noProgressDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `now` is the clock's: today is its Beijing date, and it is the reminder's time (the first round that writes it keeps it). */
export function remindersFor(task: NotifierTask, now: Date, policy: ReminderPolicy): Telling[] {
  const today = calendarDateOf(now);
  const at = now.toISOString();
  if (!OPEN_STATUSES.includes(task.status)) return [];
  const name = `${task.code} ${task.title}`;
  const lead = [unitRecipient(task.leadUnitId), leaderRecipient(task.leadLeaderId)];
  const tellings: Telling[] = [];
  const daysLeft = daysFrom(today, task.deadline);
  // Not once a completion is reported: the units' part is done, the office rules on it.
  if (policy.daysAhead > 0 && task.status !== 'completion_reported' && daysLeft >= 0 && daysLeft <= policy.daysAhead) {
    tellings.push(
      reminder(
        task,
        'deadline_approaching',
        task.deadline,
        lead,
        `到期预警：${name}`,
        `完成时限 ${task.deadline}，还有 ${daysLeft} 天。`,
        at,
      ),
    );
  }
  for (const urge of task.openUrges) {
    if (today >= urge.replyDueOn) {
      tellings.push(
        reminder(
          task,
          'urge_reply_due',
          `${urge.urgeId}:${urge.replyDueOn}`,
          [...lead, ...OFFICE],
          `催办回复到期：${name}`,
          `催办（${urge.urgeId}）要求于 ${urge.replyDueOn} 前回复，尚未回复。`,
          at,
        ),
      );
    }
  }
  if (policy.noProgressDays > 0) {
    const due = addDays(task.lastActivityOn, policy.noProgressDays);
    if (today >= due) {
      tellings.push(
        reminder(
          task,
          'no_progress',
          due,
          [...lead, ...OFFICE],
          `久无进展：${name}`,
          `自 ${task.lastActivityOn} 起已 ${policy.noProgressDays} 天以上没有办理进展，请及时报送。`,
          at,
        ),
      );
    }
  }
  return tellings;
}

/** `reminder:<task>:<kind>:<what it is about>`: the delivery ids derive from it, so a reminder is written once. */
export function reminderCauseId(taskId: string, cause: NotificationCause, about: string): string {
  return `reminder:${taskId}:${cause}:${about}`;
}

function reminder(
  task: NotifierTask,
  cause: NotificationCause,
  about: string,
  recipients: Telling['recipients'],
  title: string,
  body: string,
  occurredAt: string,
): Telling {
  return {
    causeId: reminderCauseId(task.taskId, cause, about),
    cause,
    taskId: task.taskId,
    recipients: [...new Set(recipients)],
    title,
    body,
    occurredAt,
  };
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
