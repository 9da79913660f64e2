/**
 * Replays the global log into rebuilds' (or a scratch build's) own tables, outside any lock: the live
 * runner is not held up. Several builds share one reading of the log, each taking its own streams.
 */
import { comparePositions, type GlobalPosition, type RecordedEvent } from '@app/event-store';
import { matchesPrefixes } from './apply-batch';
import { BatchProcessor } from './batch-processor';
import type { MemoryTarget } from './apply-target';
import { isAfter } from './checkpoints';
import { optionalAfter } from './log-reading';
import type { ProjectorDeps } from './projector-options';
import type { ProgressMeter } from './rebuild-progress';

export interface ReplayPassOptions {
  /** Stop after this position (inclusive); to the end of the log when absent. */
  readonly until?: GlobalPosition;
  readonly progress?: ProgressMeter;
}

export interface ReplayBuild {
  readonly target: MemoryTarget;
  readonly progress?: ProgressMeter;
}

/** One pass from the target's position to the current end of the log. Returns how many events of its streams it read. */
export async function replayPass(
  deps: ProjectorDeps,
  target: MemoryTarget,
  options: ReplayPassOptions = {},
): Promise<number> {
  return replayTogether(deps, [{ target, progress: options.progress }], options.until);
}

/**
 * One pass for several builds, reading the log once from the lowest of their positions: each batch
 * goes to every build, which applies the events of its streams past its own position. Returns the
 * most events of its own streams any build read.
 */
export async function replayTogether(
  deps: ProjectorDeps,
  builds: readonly ReplayBuild[],
  until?: GlobalPosition,
): Promise<number> {
  if (builds.length === 0) return 0;
  const processors = builds.map((build) => new BatchProcessor(deps, build.target));
  const from = builds.reduce(
    (lowest, build) => (isAfter(lowest, build.target.current) ? build.target.current : lowest),
    builds[0].target.current,
  );
  const read = builds.map(() => 0);
  // Fresh tables nobody reads yet: large batches, and commits that need not wait for the disk (a crash abandons the build).
  const batchSize = Math.max(deps.options.batchSize, deps.options.catchUpBatchSize);
  const reading = deps.store.readAll({ after: optionalAfter(from), batchSize });
  for await (const batch of reading) {
    const events = until ? upTo(batch, until) : batch;
    if (events.length > 0) {
      await Promise.all(
        builds.map(async (build, index) => {
          const fresh = events.filter((event) => isAfter(event.position, build.target.current));
          if (fresh.length === 0) return;
          await processors[index].process(fresh, { flushCommit: false });
          const own = fresh.filter((event) =>
            matchesPrefixes(event.streamId, build.target.projection.streamPrefixes),
          ).length;
          read[index] += own;
          if (own > 0) await build.progress?.record(own, fresh[fresh.length - 1].position);
        }),
      );
    }
    if (events.length < batch.length) break;
  }
  return Math.max(...read);
}

/** Passes until one finds little left, so that what remains for each locked swap is short. */
export async function replayUntilNearlyCaughtUp(deps: ProjectorDeps, builds: readonly ReplayBuild[]): Promise<void> {
  while ((await replayTogether(deps, builds)) > deps.options.batchSize) {
    // another pass: the log grew while we replayed
  }
}

function upTo(events: readonly RecordedEvent[], until: GlobalPosition): RecordedEvent[] {
  return events.filter((event) => comparePositions(event.position, until) <= 0);
}
