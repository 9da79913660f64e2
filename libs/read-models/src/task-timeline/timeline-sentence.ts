/** One short Chinese sentence per task event, for people reading a task's history. Pure; from the event's data only. */
import { OUTCOME_KIND_LABELS, RATING_LABELS, type TaskEvent } from '@app/supervision';

const MAX_QUOTE = 120;

export function timelineSentence(event: TaskEvent): string {
  switch (event.type) {
    case 'TaskIssued': {
      const { title, leadUnitId, coUnitIds, deadline } = event.data;
      return `交办任务“${quote(title)}”，牵头单位 ${leadUnitId}，配合单位 ${coUnitIds.length > 0 ? coUnitIds.join('、') : '无'}，期限 ${deadline}`;
    }
    case 'TaskAcknowledged':
      return `${event.data.unitId} 签收任务`;
    case 'TaskSentBack':
      return `${event.data.unitId} 退回任务：${quote(event.data.reason)}`;
    case 'ResponsibilityReassigned':
      return `改派牵头单位为 ${event.data.leadUnitId}（原 ${event.data.previousLeadUnitId}）：${quote(event.data.reason)}`;
    case 'WorkPlanSubmitted':
      return `报送工作打算，设 ${event.data.milestones.length} 个节点：${quote(event.data.plan)}`;
    case 'MilestoneCompleted':
      return `完成节点 ${event.data.milestoneId}`;
    case 'ProgressReported':
      return `报送进展（${event.data.percent}%）${event.data.answersUrgeId ? '，答复催办' : ''}：${quote(event.data.summary)}`;
    case 'InstructionRecorded':
      return `${event.data.leaderId} 批示：${quote(event.data.text)}`;
    case 'UrgeNoticeIssued':
      return `催办：${quote(event.data.reason)}；请于 ${event.data.replyDueOn} 前答复`;
    case 'DeadlineExtensionRequested':
      return `申请将期限由 ${event.data.currentDeadline} 延至 ${event.data.requestedDeadline}：${quote(event.data.reason)}`;
    case 'DeadlineExtended':
      return `同意延期，期限由 ${event.data.previousDeadline} 延至 ${event.data.newDeadline}`;
    case 'DeadlineExtensionRejected':
      return `不同意延期：${quote(event.data.reason)}`;
    case 'DeadlineMissed':
      return `已超过期限 ${event.data.deadline}`;
    case 'CooperationRequested':
      return `${event.data.requestedByUnitId} 请求 ${event.data.fromUnitId} 协作配合：${quote(event.data.subject)}`;
    case 'CooperationProvided':
      return `${event.data.unitId} 反馈协作配合：${quote(event.data.response)}`;
    case 'OutcomeRecorded':
      return `登记成果（${OUTCOME_KIND_LABELS[event.data.kind] ?? event.data.kind}）：${quote(event.data.title)}`;
    case 'CompletionCountersigned':
      return `${event.data.unitId} 会签${withComment(event.data.comment)}`;
    case 'CompletionReported':
      return `汇报完成情况：${quote(event.data.summary)}`;
    case 'CompletionAccepted':
      return `办结${withComment(event.data.comment)}`;
    case 'CompletionReturned':
      return `退回重办：${quote(event.data.reason)}`;
    case 'LookBackReviewOpened':
      return `启动回头看：${quote(event.data.findings)}`;
    case 'RectificationReported':
      return `报送整改情况：${quote(event.data.summary)}`;
    case 'LookBackReviewClosed':
      return `回头看结束：${quote(event.data.conclusion)}`;
    case 'TaskRated':
      return `评价为“${RATING_LABELS[event.data.rating] ?? event.data.rating}”`;
    case 'TaskSuspended':
      return `中止办理：${quote(event.data.reason)}`;
    case 'TaskResumed':
      return `恢复办理：${quote(event.data.reason)}`;
    case 'TaskCancelled':
      return `撤销任务：${quote(event.data.reason)}`;
    default: {
      // A newer event type than this code knows: still one entry, with its type as the sentence.
      const unknown: { type: string } = event;
      return unknown.type;
    }
  }
}

function withComment(comment: string | null): string {
  return comment ? `：${quote(comment)}` : '';
}

/** Cut by characters (code points), never inside a Chinese character or a surrogate pair. */
function quote(text: string): string {
  const characters = Array.from(text);
  return characters.length <= MAX_QUOTE ? text : `${characters.slice(0, MAX_QUOTE).join('')}…`;
}
