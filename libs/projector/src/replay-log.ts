/** Replays the global log into a rebuild's (or scratch build's) own tables, outside any lock: the live runner is not held up. */
import { comparePositions, type GlobalPosition, type RecordedEvent } from '@app/event-store';
import { BatchProcessor } from './batch-processor';
import type { MemoryTarget } from './apply-target';
import { optionalAfter } from './log-reading';
import type { ProjectorDeps } from './projector-options';
import type { ProgressMeter } from './rebuild-progress';

export interface ReplayPassOptions {
  /** Stop after this position (inclusive); to the end of the log when absent. */
  readonly until?: GlobalPosition;
  readonly progress?: ProgressMeter;
}

/** One pass from the target's position to the current end of the log. Returns how many events it read. */
export async function replayPass(deps: ProjectorDeps, target: MemoryTarget, options: ReplayPassOptions = {}): Promise<number> {
  const processor = new BatchProcessor(deps, target);
  const reading = deps.store.readAll({ after: optionalAfter(target.current), streamPrefixes: target.projection.streamPrefixes, batchSize: deps.options.batchSize });
  let read = 0;
  for await (const batch of reading) {
    const events = options.until ? upTo(batch, options.until) : batch;
    if (events.length > 0) {
      await processor.process(events);
      read += events.length;
      await options.progress?.record(events.length, events[events.length - 1].position);
    }
    if (events.length < batch.length) break;
  }
  return read;
}

/** Passes until one finds little left, so that what remains for the locked swap is short. */
export async function replayUntilNearlyCaughtUp(deps: ProjectorDeps, target: MemoryTarget, progress: ProgressMeter): Promise<void> {
  while ((await replayPass(deps, target, { progress })) > deps.options.batchSize) {
    // another pass: the log grew while we replayed
  }
}

function upTo(events: readonly RecordedEvent[], until: GlobalPosition): RecordedEvent[] {
  return events.filter((event) => comparePositions(event.position, until) <= 0);
}
