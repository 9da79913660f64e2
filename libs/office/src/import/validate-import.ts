/**
 * Checks every row of an imported list before anything is issued: the importer writes nothing
 * unless this finds no problem at all. A row whose code the programme already holds is not a
 * problem: it is left as it is (the same file twice adds nothing).
 */
import { calendarDateOf, type DirectoryState, type IssueTask } from '@app/supervision';
import { cellDate, cellList, cellText, isStorableText } from './cell-values';
import { resolveLeader, resolveUnit } from './directory-names';
import { parseMilestones, withMilestoneRequirements } from './milestones';
import type { RowProblem, RowProblemCode } from './row-problem';
import { HEADER_OF, MAX_CO_UNITS, TEXT_LIMITS, type SheetRow, type TaskColumnKey } from './task-sheet';

/** What one valid row asks for: the IssueTask body but for the ids the importer derives. */
export type PlannedTask = Omit<IssueTask['data'], 'taskId' | 'programmeId'> & {
  readonly row: number;
  /** Set when the programme already holds a task with this code: nothing will be issued for the row. */
  readonly existingTaskId: string | null;
};

export interface ImportCheck {
  readonly problems: readonly RowProblem[];
  /** Every row that had no problem, in sheet order. */
  readonly tasks: readonly PlannedTask[];
}

export interface ImportContext {
  readonly directory: DirectoryState;
  /** Codes already in the programme, with the task that holds each. */
  readonly existingCodes: ReadonlyMap<string, string>;
  readonly now: Date;
}

export function checkImport(rows: readonly SheetRow[], context: ImportContext): ImportCheck {
  const problems: RowProblem[] = [];
  const tasks: PlannedTask[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const row of rows) {
    const found: RowProblem[] = [];
    const task = checkRow(row, context, (column, code, reason) =>
      found.push({ row: row.row, column: HEADER_OF[column], value: cellText(row.cells[column]), code, reason }),
    );
    const code = cellText(row.cells.code);
    const earlier = firstRowOfCode.get(code);
    if (code && earlier !== undefined)
      found.push({
        row: row.row,
        column: HEADER_OF.code,
        value: code,
        code: 'DUPLICATE_CODE',
        reason: `编号与第${earlier}行重复`,
      });
    else if (code) firstRowOfCode.set(code, row.row);
    problems.push(...found);
    if (found.length === 0 && task) tasks.push(task);
  }
  return { problems, tasks };
}

type Report = (column: TaskColumnKey, code: RowProblemCode, reason: string) => void;

function checkRow(row: SheetRow, context: ImportContext, report: Report): PlannedTask | undefined {
  const text = (column: TaskColumnKey, required: boolean, limit?: number): string => {
    const value = cellText(row.cells[column]);
    if (required && value === '') report(column, 'REQUIRED', `${HEADER_OF[column]}不能为空`);
    else if (!isStorableText(value)) report(column, 'NOT_TEXT', `${HEADER_OF[column]}含有控制字符或无法识别的字符`);
    else if (limit !== undefined && [...value].length > limit)
      report(column, 'TOO_LONG', `${HEADER_OF[column]}超过${limit}字`);
    return value;
  };
  const code = text('code', true, TEXT_LIMITS.code);
  const title = text('title', true, TEXT_LIMITS.title);
  const description = text('description', false);
  const category = text('category', true, TEXT_LIMITS.category);
  const deadline = checkDeadline(row, context.now, report);
  const leadLeaderId = checkLeader(row, context.directory, report);
  const { leadUnitId, coUnitIds } = checkUnits(row, context.directory, report);
  const milestones = parseMilestones(cellText(row.cells.milestones), deadline);
  if (!milestones.ok) report('milestones', 'BAD_MILESTONE', milestones.reason);
  const fullDescription = milestones.ok ? withMilestoneRequirements(description, milestones.milestones) : description;
  if ([...fullDescription].length > TEXT_LIMITS.description)
    report('description', 'TOO_LONG', `任务描述（含里程碑要求）超过${TEXT_LIMITS.description}字`);
  if (!deadline || !leadLeaderId || !leadUnitId || !coUnitIds) return undefined;
  return {
    row: row.row,
    code,
    title,
    description: fullDescription,
    category,
    leadLeaderId,
    leadUnitId,
    coUnitIds,
    deadline,
    existingTaskId: context.existingCodes.get(code) ?? null,
  };
}

function checkDeadline(row: SheetRow, now: Date, report: Report): string | undefined {
  const given = row.cells.deadline;
  if (cellText(given) === '') return void report('deadline', 'REQUIRED', '完成时限不能为空');
  const deadline = cellDate(given);
  if (!deadline) return void report('deadline', 'BAD_DATE', '完成时限不是有效日期（如 2022-12-31）');
  const today = calendarDateOf(now);
  if (deadline < today) return void report('deadline', 'DEADLINE_IN_PAST', `完成时限${deadline}早于今天（${today}）`);
  return deadline;
}

function checkLeader(row: SheetRow, directory: DirectoryState, report: Report): string | undefined {
  const given = cellText(row.cells.leader);
  if (given === '') return void report('leader', 'REQUIRED', '牵头领导不能为空');
  const resolved = resolveLeader(directory, given);
  if (!resolved.ok) {
    return resolved.why === 'unknown'
      ? void report('leader', 'UNKNOWN_LEADER', `名录中没有“${given}”这位领导`)
      : void report(
          'leader',
          'AMBIGUOUS_LEADER',
          `名录中有多位“${given}”（${resolved.candidates.join('、')}），请填写领导编号`,
        );
  }
  if (resolved.found.kind !== 'leader' && resolved.found.kind !== 'committee_member')
    return void report('leader', 'NOT_A_LEADER', `“${given}”不是院领导或检委会专职委员`);
  return resolved.id;
}

function checkUnits(
  row: SheetRow,
  directory: DirectoryState,
  report: Report,
): { leadUnitId?: string; coUnitIds?: string[] } {
  const unit = (column: 'leadUnit' | 'coUnits', given: string): string | undefined => {
    const resolved = resolveUnit(directory, given);
    if (resolved.ok) return resolved.id;
    if (resolved.why === 'unknown') report(column, 'UNKNOWN_UNIT', `名录中没有“${given}”这个单位`);
    else
      report(column, 'AMBIGUOUS_UNIT', `名录中有多个“${given}”（${resolved.candidates.join('、')}），请填写单位编号`);
    return undefined;
  };
  const leadGiven = cellText(row.cells.leadUnit);
  const leadUnitId =
    leadGiven === '' ? void report('leadUnit', 'REQUIRED', '牵头单位不能为空') : unit('leadUnit', leadGiven);
  const names = cellList(row.cells.coUnits);
  if (names.length > MAX_CO_UNITS) {
    report('coUnits', 'TOO_MANY_CO_UNITS', `配合单位至多${MAX_CO_UNITS}个`);
    return { leadUnitId };
  }
  const ids = names.map((name) => unit('coUnits', name));
  if (ids.some((id) => id === undefined)) return { leadUnitId };
  const coUnitIds = ids as string[];
  const twice = coUnitIds.find((id, index) => coUnitIds.indexOf(id) !== index);
  if (twice) {
    report('coUnits', 'DUPLICATE_CO_UNIT', `配合单位${twice}填写了两次`);
    return { leadUnitId };
  }
  if (leadUnitId && coUnitIds.includes(leadUnitId)) {
    report('coUnits', 'LEAD_UNIT_AS_CO_UNIT', '牵头单位不能同时是配合单位');
    return { leadUnitId };
  }
  return { leadUnitId, coUnitIds };
}
