/**
 * The 台账 as it stood at a past point, for auditors: the board rows the audit replay gives
 * (libs/audit board-as-of, flags for that moment), with the latest report and open urges from
 * the same folded tasks, and names from the directory as it stood then.
 */
import type { BoardRow } from '@app/audit';
import { openUrges, type DirectoryState, type Task } from '@app/supervision';
import type { LedgerRow } from './ledger-row';

export function ledgerRowAsOf(row: BoardRow, task: Task | undefined, directory: DirectoryState): LedgerRow {
  const unit = (id: string) => (Object.hasOwn(directory.units, id) ? directory.units[id].name : id);
  const official = (id: string) => (Object.hasOwn(directory.officials, id) ? directory.officials[id].title : id);
  return {
    code: row.code,
    title: row.title,
    category: row.category,
    status: row.status,
    leader: official(row.leadLeaderId),
    leadUnit: unit(row.leadUnitId),
    coUnits: row.coUnitIds.map(unit),
    deadline: row.deadline,
    originalDeadline: row.originalDeadline,
    progressPercent: task?.progress.latest?.percent ?? null,
    latestProgress: task?.progress.latest?.summary ?? null,
    openUrges: task ? openUrges(task).length : 0,
    light: row.light,
    overdue: row.overdue,
    stale: row.stale,
    issuedAt: task?.issuedAt ?? row.updatedAt,
    completedAt: row.completedAt,
  };
}
