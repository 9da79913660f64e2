/**
 * A periodic report computed by replaying the log, pure: feed it the task streams' events in log
 * order, then ask for the report. Only acts that happened before the period's end count (by the
 * command clock), so a report of a past period is the same whenever it is asked for. Each act is
 * counted for the unit and the leader responsible for the task when it happened; the overdue at
 * each period's end come from the audit replay of the board as it stood then (libs/audit).
 */
import { BoardReplay, occurredAtOf } from '@app/audit';
import type { RecordedEvent } from '@app/event-store';
import {
  TASK_STREAM_PREFIX,
  completedOnTime,
  deriveTaskFlags,
  evolveTask,
  initialTaskState,
  isIssued,
  type Task,
  type TaskState,
  decodeTaskEvent,
} from '@app/supervision';
import { noFigures, type PeriodFigures } from './period-figures';
import { previousPeriod, type Period } from './period';

type Bucket = 'current' | 'previous';

export interface FiguresBy {
  readonly total: PeriodFigures;
  readonly units: ReadonlyMap<string, PeriodFigures>;
  readonly leaders: ReadonlyMap<string, PeriodFigures>;
}

export interface PeriodTally {
  readonly period: Period;
  readonly previous: Period;
  /** When the report is as of: the period's end, or now for a period not over yet. */
  readonly asOf: Date;
  readonly final: boolean;
  readonly current: FiguresBy;
  readonly before: FiguresBy;
  readonly eventsReplayed: number;
}

class Tally {
  readonly total = noFigures();
  readonly units = new Map<string, PeriodFigures>();
  readonly leaders = new Map<string, PeriodFigures>();

  count(task: Pick<Task, 'leadUnitId' | 'leadLeaderId'>, figure: keyof PeriodFigures): void {
    this.total[figure]++;
    this.of(this.units, task.leadUnitId)[figure]++;
    this.of(this.leaders, task.leadLeaderId)[figure]++;
  }

  /** A unit or leader with a task but nothing counted still gets its row. */
  include(task: Pick<Task, 'leadUnitId' | 'leadLeaderId'>): void {
    this.of(this.units, task.leadUnitId);
    this.of(this.leaders, task.leadLeaderId);
  }

  private of(map: Map<string, PeriodFigures>, id: string): PeriodFigures {
    let figures = map.get(id);
    if (!figures) map.set(id, (figures = noFigures()));
    return figures;
  }
}

export class PeriodReplay {
  private readonly previous: Period;
  private readonly asOf: Date;
  /** Acts before this count: the period's end, or just after now (what happened at this very moment included). */
  private readonly cutoff: Date;
  private readonly tasks = new Map<string, TaskState>();
  private readonly tallies: Record<Bucket, Tally> = { current: new Tally(), previous: new Tally() };
  /** The board as it stood at each period's end (the audit replay), for the tasks overdue then. */
  private readonly ends: Record<Bucket, BoardReplay>;
  private replayed = 0;
  private result?: PeriodTally;

  constructor(
    readonly programmeId: string,
    readonly period: Period,
    now: Date,
  ) {
    this.previous = previousPeriod(period);
    this.asOf = now < period.to ? now : period.to;
    this.cutoff = now < period.to ? new Date(now.getTime() + 1) : period.to;
    // BoardReplay takes acts at or before its instant; a period's end is exclusive.
    const justBefore = (end: Date) => new BoardReplay({ kind: 'at', at: new Date(end.getTime() - 1) });
    this.ends = { current: justBefore(this.cutoff), previous: justBefore(this.previous.to) };
  }

  add(event: RecordedEvent): void {
    if (!event.streamId.startsWith(TASK_STREAM_PREFIX)) return;
    const at = occurredAtOf(event);
    if (at >= this.cutoff) return;
    this.ends.current.add(event);
    this.ends.previous.add(event);
    const before = this.tasks.get(event.streamId) ?? initialTaskState();
    const after = evolveTask(before, decodeTaskEvent(event));
    this.tasks.set(event.streamId, after);
    this.replayed++;
    if (!isIssued(after) || after.programmeId !== this.programmeId) return;
    const bucket = this.bucketOf(at);
    if (bucket) this.countAct(this.tallies[bucket], event.type, isIssued(before) ? before : after, after);
  }

  /** Once every event is in; asked again, the same answer (the overdue are counted once). */
  tally(): PeriodTally {
    this.result ??= {
      period: this.period,
      previous: this.previous,
      asOf: this.asOf,
      final: this.asOf.getTime() === this.period.to.getTime(),
      current: this.figuresAtEnd('current', this.asOf),
      before: this.figuresAtEnd('previous', this.previous.to),
      eventsReplayed: this.replayed,
    };
    return this.result;
  }

  private bucketOf(at: Date): Bucket | undefined {
    if (at >= this.period.from) return 'current';
    if (at >= this.previous.from) return 'previous';
    return undefined;
  }

  /** `responsible` is the task as it stood before the act (who answered for it then). */
  private countAct(tally: Tally, type: string, responsible: Task, after: Task): void {
    switch (type) {
      case 'TaskIssued':
        return tally.count(after, 'issued');
      case 'CompletionAccepted':
        tally.count(responsible, 'completed');
        if (completedOnTime(after)) tally.count(responsible, 'completedOnTime');
        return;
      case 'UrgeNoticeIssued':
        return tally.count(responsible, 'urged');
      case 'DeadlineExtended':
        return tally.count(responsible, 'extended');
      case 'CompletionReturned':
        return tally.count(responsible, 'returned');
      default:
        return;
    }
  }

  private figuresAtEnd(bucket: Bucket, end: Date): FiguresBy {
    const tally = this.tallies[bucket];
    for (const { state } of this.ends[bucket].foldedTasks()) {
      if (!isIssued(state) || state.programmeId !== this.programmeId) continue;
      tally.include(state);
      if (deriveTaskFlags(state, end).overdue) tally.count(state, 'overdue');
    }
    return { total: tally.total, units: tally.units, leaders: tally.leaders };
  }
}
