/**
 * Turns a replayed board into what the board and the programme dashboards showed at that moment:
 * rows with their flags for that time, counts by status and light, overdue, and the on-time
 * completion rate by the original deadline.
 */
import {
  DEFAULT_FLAG_POLICY,
  deriveTaskFlags,
  isIssued,
  type FlagPolicy,
  type Task,
  type TaskStatus,
  type TrafficLight,
} from '@app/supervision';
import { boardEntryOf } from '@app/read-models';
import type { BoardReplay } from './board-replay';

export interface BoardRow {
  readonly taskId: string;
  readonly programmeId: string;
  readonly code: string;
  readonly title: string;
  readonly category: string;
  readonly status: TaskStatus;
  readonly leadLeaderId: string;
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  readonly deadline: string;
  readonly originalDeadline: string;
  readonly light: TrafficLight;
  readonly overdue: boolean;
  readonly stale: boolean;
  readonly completedAt: string | null;
  readonly completedOnTime: boolean;
  readonly revision: number;
  readonly updatedAt: string;
}

export interface ProgrammeFigures {
  readonly programmeId: string;
  readonly title: string | null;
  readonly plannedTaskCount: number | null;
  readonly tasks: number;
  readonly byStatus: Partial<Record<TaskStatus, number>>;
  readonly byLight: Record<TrafficLight, number>;
  readonly overdue: number;
  readonly stale: number;
  /** Accepted (办结), including those under look-back review since. */
  readonly completed: number;
  readonly completedOnTime: number;
  /** completedOnTime / completed, by the original deadline; null before any completion. */
  readonly onTimeCompletionRate: number | null;
}

export interface BoardPageRequest {
  readonly programmeId?: string;
  readonly offset: number;
  readonly limit: number;
}

export interface BoardAsOf {
  readonly flagsAt: string;
  readonly eventsReplayed: number;
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly BoardRow[];
  readonly programmes: readonly ProgrammeFigures[];
}

export function boardAsOf(
  replay: BoardReplay,
  flagsAt: Date,
  request: BoardPageRequest,
  policy: FlagPolicy = DEFAULT_FLAG_POLICY,
): BoardAsOf {
  const rows = replay
    .foldedTasks()
    .flatMap(({ state, revision }) => (isIssued(state) ? [toRow(state, revision, flagsAt, policy)] : []))
    .filter((row) => request.programmeId === undefined || row.programmeId === request.programmeId)
    .sort((a, b) => compare(a.programmeId, b.programmeId) || compare(a.code, b.code) || compare(a.taskId, b.taskId));
  return {
    flagsAt: flagsAt.toISOString(),
    eventsReplayed: replay.eventsReplayed,
    total: rows.length,
    offset: request.offset,
    limit: request.limit,
    items: rows.slice(request.offset, request.offset + request.limit),
    programmes: programmeFigures(replay, rows),
  };
}

/** The board entry the live board stores (boardEntryOf), with the flags as of that moment; the fields the as-of answer has always shown. */
function toRow(task: Task, revision: number, at: Date, policy: FlagPolicy): BoardRow {
  const flags = deriveTaskFlags(task, at, policy);
  const {
    taskId,
    programmeId,
    code,
    title,
    category,
    status,
    leadLeaderId,
    leadUnitId,
    coUnitIds,
    deadline,
    originalDeadline,
    completedAt,
    completedOnTime,
    updatedAt,
  } = boardEntryOf(task, revision);
  return {
    taskId,
    programmeId,
    code,
    title,
    category,
    status,
    leadLeaderId,
    leadUnitId,
    coUnitIds,
    deadline,
    originalDeadline,
    ...flags,
    completedAt,
    completedOnTime,
    revision,
    updatedAt,
  };
}

function programmeFigures(replay: BoardReplay, rows: readonly BoardRow[]): ProgrammeFigures[] {
  const programmes = new Map(
    replay.foldedProgrammes().flatMap((p) => (p.status === 'not_launched' ? [] : [[p.programmeId, p] as const])),
  );
  const ids = [...new Set([...programmes.keys(), ...rows.map((row) => row.programmeId)])].sort(compare);
  return ids.map((programmeId) => {
    const mine = rows.filter((row) => row.programmeId === programmeId);
    const byStatus: Partial<Record<TaskStatus, number>> = {};
    const byLight: Record<TrafficLight, number> = { green: 0, yellow: 0, red: 0, none: 0 };
    for (const row of mine) {
      byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
      byLight[row.light]++;
    }
    const completed = mine.filter(
      (row) => row.completedAt !== null && (row.status === 'completed' || row.status === 'under_review'),
    ).length;
    const onTime = mine.filter((row) => row.completedOnTime).length;
    const programme = programmes.get(programmeId);
    return {
      programmeId,
      title: programme?.title ?? null,
      plannedTaskCount: programme?.plannedTaskCount ?? null,
      tasks: mine.length,
      byStatus,
      byLight,
      overdue: mine.filter((row) => row.overdue).length,
      stale: mine.filter((row) => row.stale).length,
      completed,
      completedOnTime: onTime,
      onTimeCompletionRate: completed === 0 ? null : onTime / completed,
    };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
