/**
 * One fold per task per batch, whichever task read models ask. The board and the detail are fed the
 * same batch (the same event objects) by the one log reader and both fold it onto the Task their row
 * holds: without this the domain's evolve ran twice over every task event. The second to ask gets the
 * first's result when it starts from the same stream revision: a row at revision r holds the stream's
 * state up to r whichever of them wrote it (both fold with foldTaskView, the same version of Task),
 * so the same events onto the same revision give the same Task. Kept beside the batch's own events (a
 * WeakMap on the first of them), so it lives as long as the batch and no longer.
 */
import type { RecordedEvent } from '@app/event-store';
import { foldTaskView, type TaskView } from './task-view';

interface Fold {
  /** The revision folded onto; -1 for a task without a row yet. */
  readonly from: number;
  readonly last: RecordedEvent;
  readonly length: number;
  /** undefined: the events changed nothing (replayed, or a task never issued). */
  readonly after: TaskView | undefined;
}

const folds = new WeakMap<RecordedEvent, Fold[]>();

/**
 * `foldTaskView(before, events)`, for one task's events of a batch in log order. Returns `before`
 * itself when the events change nothing, as foldTaskView does, so a caller can tell what to write.
 */
export function foldOnce(before: TaskView | undefined, events: readonly RecordedEvent[]): TaskView | undefined {
  if (events.length === 0) return before;
  const [first] = events;
  const last = events[events.length - 1];
  const from = before?.revision ?? -1;
  const known = folds.get(first);
  // Same first and last event and as many: the same events (a group is its stream's events of the batch, in log order).
  const same = known?.find((fold) => fold.from === from && fold.last === last && fold.length === events.length);
  if (same) return same.after ?? before;
  const after = foldTaskView(before, events);
  const fold = { from, last, length: events.length, after: after === before ? undefined : after };
  if (known) known.push(fold);
  else folds.set(first, [fold]);
  return after;
}
