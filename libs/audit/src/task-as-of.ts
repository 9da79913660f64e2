/**
 * A task as it stood at a point: its stream replayed with the domain's own evolve, and the derived
 * flags (light, overdue, stale) computed for that moment, so a replay gives what was shown then.
 */
import { formatPosition, type RecordedEvent } from '@app/event-store';
import {
  DEFAULT_FLAG_POLICY,
  deriveTaskFlags,
  evolveTask,
  initialTaskState,
  type FlagPolicy,
  type TaskFlags,
  type TaskState,
  decodeTaskEvent,
} from '@app/supervision';
import { occurredAtOf } from './audit-entry';
import { describePoint, isWithin, type AsOfPoint } from './as-of-point';

export interface TaskAsOf {
  readonly streamId: string;
  readonly asOf: Record<string, string | number>;
  /** The moment the flags are computed for: the time asked, else when the last replayed event happened. */
  readonly flagsAt: string | null;
  /** Revision of the last event replayed (-1: the task did not exist yet). */
  readonly revision: number;
  readonly position: string | null;
  readonly eventsReplayed: number;
  readonly state: TaskState;
  readonly flags: TaskFlags;
}

export async function taskAsOf(
  streamId: string,
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  point: AsOfPoint,
  policy: FlagPolicy = DEFAULT_FLAG_POLICY,
): Promise<TaskAsOf> {
  let state = initialTaskState();
  let last: RecordedEvent | undefined;
  let replayed = 0;
  for await (const event of events) {
    // A state is always a prefix of the stream: the first event past the point ends the replay.
    if (!isWithin(event, point)) break;
    state = evolveTask(state, decodeTaskEvent(event));
    last = event;
    replayed++;
  }
  const flagsAt = point.kind === 'at' ? point.at : last ? occurredAtOf(last) : undefined;
  return {
    streamId,
    asOf: describePoint(point),
    flagsAt: flagsAt?.toISOString() ?? null,
    revision: last ? Number(last.revision) : -1,
    position: last ? formatPosition(last.position) : null,
    eventsReplayed: replayed,
    state,
    flags: flagsAt ? deriveTaskFlags(state, flagsAt, policy) : deriveTaskFlags(state, new Date(0), policy),
  };
}

export function foldTaskEvents(events: readonly Pick<RecordedEvent, 'type' | 'data'>[]): TaskState {
  return events.reduce<TaskState>((state, event) => evolveTask(state, decodeTaskEvent(event)), initialTaskState());
}
