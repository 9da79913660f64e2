/**
 * Who is concerned by an act on a task, decided without side effects from the event and the task as
 * the notifier knows it before and after the event. One notice per cause, addressed to every party
 * concerned; routing (routes.ts) then turns each (notice, recipient) into deliveries per channel.
 */
import type { TaskEvent } from '@app/supervision';
import type { NotifierTask } from './notifier-task';
import { SUPERVISION_OFFICE, leaderRecipient, unitRecipient, type Recipient } from './recipients';

/** What a notification is about: the acts the log records, and the reminders the clock raises. */
export const NOTIFICATION_CAUSES = [
  'task_issued',
  'task_reassigned',
  'urged',
  'extension_ruled',
  'completion_returned',
  'look_back_opened',
  'countersign_requested',
  'deadline_approaching',
  'urge_reply_due',
  'no_progress',
] as const;
export type NotificationCause = (typeof NOTIFICATION_CAUSES)[number];

export const CAUSE_LABELS: Record<NotificationCause, string> = {
  task_issued: '任务交办',
  task_reassigned: '任务改派',
  urged: '催办',
  extension_ruled: '延期审批结果',
  completion_returned: '退回重办',
  look_back_opened: '回头看',
  countersign_requested: '请会签',
  deadline_approaching: '到期预警',
  urge_reply_due: '催办回复到期',
  no_progress: '久无进展提醒',
};

export interface Notice {
  readonly cause: NotificationCause;
  readonly recipients: readonly Recipient[];
  /** One line, Chinese, for the inbox list and the mail subject. */
  readonly title: string;
  readonly body: string;
}

export function noticesFor(event: TaskEvent, before: NotifierTask | null, after: NotifierTask | null): Notice[] {
  // An event the notifier already folded (a replay) or of a task it never saw issued tells nobody.
  if (!after || after === before) return [];
  const task = after;
  const name = `${task.code} ${task.title}`;
  switch (event.type) {
    case 'TaskIssued':
      return [
        notice(
          'task_issued',
          [unitRecipient(task.leadUnitId), leaderRecipient(task.leadLeaderId)],
          `新交办督办任务：${name}`,
          `牵头办理，完成时限 ${task.deadline}。请及时签收。`,
        ),
        notice(
          'task_issued',
          task.coUnitIds.map(unitRecipient),
          `新交办督办任务（配合）：${name}`,
          `配合办理，完成时限 ${task.deadline}。`,
        ),
      ].filter((n) => n.recipients.length > 0);
    case 'ResponsibilityReassigned': {
      const {
        leadUnitId,
        coUnitIds,
        leadLeaderId,
        previousLeadUnitId,
        previousCoUnitIds,
        previousLeadLeaderId,
        reason,
      } = event.data;
      const newLead = leadUnitId !== previousLeadUnitId ? [unitRecipient(leadUnitId)] : [];
      const newLeader = leadLeaderId !== previousLeadLeaderId ? [leaderRecipient(leadLeaderId)] : [];
      const newCo = coUnitIds.filter((id) => !previousCoUnitIds.includes(id)).map(unitRecipient);
      return [
        notice(
          'task_reassigned',
          [...newLead, ...newLeader],
          `督办任务改派由你牵头：${name}`,
          `改派原因：${reason}。完成时限 ${task.deadline}，请及时签收。`,
        ),
        notice('task_reassigned', newCo, `督办任务改派由你配合：${name}`, `改派原因：${reason}。`),
      ].filter((n) => n.recipients.length > 0);
    }
    case 'UrgeNoticeIssued':
      return [
        notice(
          'urged',
          [unitRecipient(task.leadUnitId), leaderRecipient(task.leadLeaderId)],
          `催办通知：${name}`,
          `${event.data.reason}（请于 ${event.data.replyDueOn} 前回复）`,
        ),
      ];
    case 'DeadlineExtended':
      return [
        notice(
          'extension_ruled',
          [unitRecipient(task.leadUnitId)],
          `延期申请已批准：${name}`,
          `完成时限由 ${event.data.previousDeadline} 延至 ${event.data.newDeadline}。`,
        ),
      ];
    case 'DeadlineExtensionRejected':
      return [
        notice(
          'extension_ruled',
          [unitRecipient(task.leadUnitId)],
          `延期申请未获批准：${name}`,
          `理由：${event.data.reason}。完成时限仍为 ${task.deadline}。`,
        ),
      ];
    case 'CompletionReturned':
      return [
        notice(
          'completion_returned',
          [unitRecipient(task.leadUnitId), leaderRecipient(task.leadLeaderId)],
          `办结申请被退回重办：${name}`,
          `退回理由：${event.data.reason}`,
        ),
      ];
    case 'LookBackReviewOpened':
      return [
        notice(
          'look_back_opened',
          [unitRecipient(task.leadUnitId), leaderRecipient(task.leadLeaderId), ...task.coUnitIds.map(unitRecipient)],
          `督办任务“回头看”：${name}`,
          `发现问题：${event.data.findings}`,
        ),
      ];
    case 'ProgressReported': {
      // Work reported done (100 %) by the lead side is when the co-units' countersign (会签) is needed for the completion report.
      if (event.data.percent < 100 || event.data.reportedBy.kind === 'co_unit') return [];
      const missing = task.coUnitIds.filter((id) => !task.countersignedUnitIds.includes(id));
      return missing.length === 0
        ? []
        : [
            notice(
              'countersign_requested',
              missing.map(unitRecipient),
              `请会签：${name}`,
              `牵头单位报告已完成全部工作，报送办结前需你单位会签。`,
            ),
          ];
    }
    default:
      return [];
  }
}

/** The supervision office hears of the reminders it would otherwise chase by hand. */
export const OFFICE: readonly Recipient[] = [SUPERVISION_OFFICE];

function notice(cause: NotificationCause, recipients: readonly Recipient[], title: string, body: string): Notice {
  return { cause, recipients: [...new Set(recipients)], title, body };
}
