/**
 * The whole board as it stood at a point, rebuilt in memory from the log (never from the live read
 * models): each task and programme stream folded with the domain's evolve up to the point.
 * Memory grows with the number of tasks, not of events.
 */
import type { RecordedEvent } from '@app/event-store';
import {
  PROGRAMME_STREAM_PREFIX,
  TASK_STREAM_PREFIX,
  evolveProgramme,
  evolveTask,
  initialProgrammeState,
  initialTaskState,
  decodeProgrammeEvent,
  decodeTaskEvent,
  type ProgrammeState,
  type TaskState,
} from '@app/supervision';
import { occurredAtOf } from './audit-entry';
import { isWithin, type AsOfPoint } from './as-of-point';

export interface FoldedTask {
  readonly state: TaskState;
  readonly revision: number;
}

export class BoardReplay {
  private readonly tasks = new Map<string, FoldedTask>();
  private readonly programmes = new Map<string, ProgrammeState>();
  /** Streams that already had an event past the point: the rest of them is after it too. */
  private readonly ended = new Set<string>();
  private replayed = 0;
  private latest: Date | undefined;

  constructor(readonly point: AsOfPoint) {}

  /** Folds one event in log order; false once the log is past a position point (the caller may stop reading). */
  add(event: RecordedEvent): boolean {
    if (this.ended.has(event.streamId)) return true;
    if (!isWithin(event, this.point)) {
      this.ended.add(event.streamId);
      return this.point.kind !== 'position';
    }
    const at = occurredAtOf(event);
    if (!this.latest || at > this.latest) this.latest = at;
    if (event.streamId.startsWith(TASK_STREAM_PREFIX)) {
      const before = this.tasks.get(event.streamId)?.state ?? initialTaskState();
      this.tasks.set(event.streamId, {
        state: evolveTask(before, decodeTaskEvent(event)),
        revision: Number(event.revision),
      });
      this.replayed++;
    } else if (event.streamId.startsWith(PROGRAMME_STREAM_PREFIX)) {
      const before = this.programmes.get(event.streamId) ?? initialProgrammeState();
      this.programmes.set(event.streamId, evolveProgramme(before, decodeProgrammeEvent(event)));
      this.replayed++;
    }
    return true;
  }

  get eventsReplayed(): number {
    return this.replayed;
  }

  /** The moment the flags are for: the time asked, else the latest act replayed (epoch when none). */
  flagsAt(): Date {
    return this.point.kind === 'at' ? this.point.at : (this.latest ?? new Date(0));
  }

  foldedTasks(): FoldedTask[] {
    return [...this.tasks.values()];
  }

  foldedProgrammes(): ProgrammeState[] {
    return [...this.programmes.values()];
  }
}

/** Replays the task and programme streams of the log up to the point. */
export async function replayBoard(
  batches: AsyncIterable<readonly RecordedEvent[]>,
  point: AsOfPoint,
): Promise<BoardReplay> {
  const replay = new BoardReplay(point);
  for await (const batch of batches) {
    for (const event of batch) if (!replay.add(event)) return replay;
  }
  return replay;
}
