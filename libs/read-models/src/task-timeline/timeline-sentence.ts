/**
 * One short Chinese sentence per task event, for people reading a task's history. Pure; from the
 * event's data only. Units and officials stay references in the sentence (the projection reads only
 * task streams), and the query puts their names in when it renders it.
 */
import { OUTCOME_KIND_LABELS, RATING_LABELS, type TaskEvent } from '@app/supervision';

/** Text, or a reference to a unit or an official, named when the sentence is rendered. */
export type SentencePart = string | { readonly unit: string } | { readonly official: string };

const unit = (id: string) => ({ unit: id });
const official = (id: string) => ({ official: id });

/** Joins the parts, with the names known (an unknown id is shown as itself). */
export function renderSentence(
  parts: readonly SentencePart[],
  names: { units: ReadonlyMap<string, string>; officials: ReadonlyMap<string, string> },
): string {
  return parts
    .map((part) =>
      typeof part === 'string'
        ? part
        : 'unit' in part
          ? (names.units.get(part.unit) ?? part.unit)
          : (names.officials.get(part.official) ?? part.official),
    )
    .join('');
}

/** The ids a sentence refers to, for looking up their names in one go. */
export function referencesIn(parts: readonly SentencePart[]): { units: string[]; officials: string[] } {
  const units: string[] = [];
  const officials: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') continue;
    if ('unit' in part) units.push(part.unit);
    else officials.push(part.official);
  }
  return { units, officials };
}

const MAX_QUOTE = 120;

export function timelineSentence(event: TaskEvent): SentencePart[] {
  const sentence = actSentence(event);
  // Evidence files (佐证材料) are named after the act, whatever the act: the detail lists them for download.
  const attachments = 'attachments' in event.data ? (event.data.attachments ?? []) : [];
  return attachments.length > 0
    ? [...sentence, `（附佐证材料 ${attachments.length} 份：${attachments.map((a) => quote(a.name)).join('、')}）`]
    : sentence;
}

function actSentence(event: TaskEvent): SentencePart[] {
  switch (event.type) {
    case 'TaskIssued': {
      const { title, leadUnitId, coUnitIds, deadline } = event.data;
      const coUnits =
        coUnitIds.length > 0
          ? coUnitIds.flatMap((id, index): SentencePart[] => (index === 0 ? [unit(id)] : ['、', unit(id)]))
          : ['无'];
      return [
        `交办任务“${quote(title)}”，牵头单位 `,
        unit(leadUnitId),
        '，配合单位 ',
        ...coUnits,
        `，期限 ${deadline}`,
      ];
    }
    case 'TaskAcknowledged':
      return [unit(event.data.unitId), ' 签收任务'];
    case 'TaskSentBack':
      return [unit(event.data.unitId), ` 退回任务：${quote(event.data.reason)}`];
    case 'ResponsibilityReassigned':
      return [
        '改派牵头单位为 ',
        unit(event.data.leadUnitId),
        '（原 ',
        unit(event.data.previousLeadUnitId),
        `）：${quote(event.data.reason)}`,
      ];
    case 'WorkPlanSubmitted':
      return [`报送工作打算，设 ${event.data.milestones.length} 个节点：${quote(event.data.plan)}`];
    case 'MilestoneCompleted':
      return [`完成节点 ${event.data.milestoneId}`];
    case 'ProgressReported':
      return [
        `报送进展（${event.data.percent}%）${event.data.answersUrgeId ? '，答复催办' : ''}：${quote(event.data.summary)}`,
      ];
    case 'InstructionRecorded':
      return [official(event.data.leaderId), ` 批示：${quote(event.data.text)}`];
    case 'UrgeNoticeIssued':
      return [`催办：${quote(event.data.reason)}；请于 ${event.data.replyDueOn} 前答复`];
    case 'DeadlineExtensionRequested':
      return [
        `申请将期限由 ${event.data.currentDeadline} 延至 ${event.data.requestedDeadline}：${quote(event.data.reason)}`,
      ];
    case 'DeadlineExtended':
      return [`同意延期，期限由 ${event.data.previousDeadline} 延至 ${event.data.newDeadline}`];
    case 'DeadlineExtensionRejected':
      return [`不同意延期：${quote(event.data.reason)}`];
    case 'DeadlineMissed':
      return [`已超过期限 ${event.data.deadline}`];
    case 'CooperationRequested':
      return [
        unit(event.data.requestedByUnitId),
        ' 请求 ',
        unit(event.data.fromUnitId),
        ` 协作配合：${quote(event.data.subject)}`,
      ];
    case 'CooperationProvided':
      return [unit(event.data.unitId), ` 反馈协作配合：${quote(event.data.response)}`];
    case 'OutcomeRecorded':
      return [`登记成果（${OUTCOME_KIND_LABELS[event.data.kind] ?? event.data.kind}）：${quote(event.data.title)}`];
    case 'CompletionCountersigned':
      return [unit(event.data.unitId), ` 会签${withComment(event.data.comment)}`];
    case 'CompletionReported':
      return [`汇报完成情况：${quote(event.data.summary)}`];
    case 'CompletionAccepted':
      return [`办结${withComment(event.data.comment)}`];
    case 'CompletionReturned':
      return [`退回重办：${quote(event.data.reason)}`];
    case 'LookBackReviewOpened':
      return [`启动回头看：${quote(event.data.findings)}`];
    case 'RectificationReported':
      return [`报送整改情况：${quote(event.data.summary)}`];
    case 'LookBackReviewClosed':
      return [`回头看结束：${quote(event.data.conclusion)}`];
    case 'TaskRated':
      return [`评价为“${RATING_LABELS[event.data.rating] ?? event.data.rating}”`];
    case 'TaskSuspended':
      return [`中止办理：${quote(event.data.reason)}`];
    case 'TaskResumed':
      return [`恢复办理：${quote(event.data.reason)}`];
    case 'TaskCancelled':
      return [`撤销任务：${quote(event.data.reason)}`];
    default: {
      // A newer event type than this code knows: still one entry, with its type as the sentence.
      const unknown: { type: string } = event;
      return [unknown.type];
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
