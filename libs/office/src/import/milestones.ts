/**
 * The 里程碑 column. Issuing a task carries no milestones in the domain (the lead unit sets them
 * with its work plan, SubmitWorkPlan), so the office's milestones become requirements written
 * into the task's description, checked here so a typo is caught before anything is issued.
 */
import { cellDate } from './cell-values';

export interface MilestoneRequirement {
  readonly title: string;
  readonly dueOn: string;
}

export type ParsedMilestones =
  | { readonly ok: true; readonly milestones: readonly MilestoneRequirement[] }
  | { readonly ok: false; readonly reason: string };

/** One a line (or separated by ；): 名称@日期, with @ or ＠. */
export function parseMilestones(text: string, deadline: string | undefined): ParsedMilestones {
  const milestones: MilestoneRequirement[] = [];
  for (const line of text
    .split(/[\n\r；;]+/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const at = line.search(/[@＠][^@＠]*$/);
    const title = at > 0 ? line.slice(0, at).trim() : '';
    const dueOn = at > 0 ? cellDate(line.slice(at + 1).trim()) : undefined;
    if (!title || !dueOn) return { ok: false, reason: `里程碑“${line}”应写作 名称@日期，如 制定工作指引@2022-06-30` };
    if (deadline && dueOn > deadline)
      return { ok: false, reason: `里程碑“${title}”的日期${dueOn}晚于完成时限${deadline}` };
    milestones.push({ title, dueOn });
  }
  return { ok: true, milestones };
}

export function withMilestoneRequirements(description: string, milestones: readonly MilestoneRequirement[]): string {
  if (milestones.length === 0) return description;
  const lines = milestones.map((m, i) => `${i + 1}. ${m.title}（${m.dueOn}前）`);
  return [description, `里程碑要求：\n${lines.join('\n')}`].filter(Boolean).join('\n\n');
}
