/**
 * Rebuild without downtime: replay the whole log into fresh tables while the live runner keeps
 * serving from the live ones, then swap them in (see table-swap.ts). A failed rebuild drops its
 * tables and leaves the live model as it was; a second one of the same projection while the first
 * runs is refused (rebuild-lock.ts). Several read models rebuilt together share one reading of the log.
 */
import { formatPosition } from '@app/event-store';
import type { Projection } from './projection';
import { createBuildTarget, discardBuild } from './build-tables';
import { findProjection, type ProjectorDeps } from './projector-options';
import { ensureProjectorSchema } from './projector-schema';
import { holdingRebuildLock } from './rebuild-lock';
import { ProgressMeter, type ProgressListener } from './rebuild-progress';
import { replayUntilNearlyCaughtUp } from './replay-log';
import type { MemoryTarget } from './apply-target';
import { swapInRebuild } from './table-swap';

export interface RebuildResult {
  readonly projection: string;
  /** The checkpoint the swapped-in tables start from. */
  readonly position: string;
  readonly events: number;
  readonly seconds: number;
  /** The physical names the fresh tables had before they took the logical ones. */
  readonly builtAs: Readonly<Record<string, string>>;
}

/** For a caller that answers before the rebuild ends (the API's 202): when it holds the locks, how often it hears. */
export interface RebuildOptions {
  /** Called once every lock is held, before the replay: from here on a second rebuild is refused. */
  readonly onLocked?: () => void;
  /** Report progress after this many events instead of the projector's progressEvery. */
  readonly progressEvery?: number;
}

export async function rebuildProjection(
  deps: ProjectorDeps,
  projectionName: string,
  onProgress?: ProgressListener,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const [result] = await rebuildProjections(deps, [projectionName], onProgress, options);
  return result;
}

/**
 * Rebuilds several read models from one reading of the log: all are replayed together into their
 * fresh tables, then each is swapped in under its own lock. All or none: if one fails, every build is
 * dropped and every live model is left as it was. Refused at once while any of them is being rebuilt.
 */
export async function rebuildProjections(
  deps: ProjectorDeps,
  projectionNames: readonly string[],
  onProgress?: ProgressListener,
  options: RebuildOptions = {},
): Promise<RebuildResult[]> {
  const projections = projectionNames.map((name) => findProjection(deps, name));
  await ensureProjectorSchema(deps.dataSource);
  const every = options.progressEvery ?? deps.options.progressEvery;
  const locked = (index: number): Promise<RebuildResult[]> => {
    if (index < projections.length)
      return holdingRebuildLock(deps.dataSource, projections[index].name, () => locked(index + 1));
    options.onLocked?.();
    return replayAndSwap(deps, projections, every, onProgress);
  };
  return locked(0);
}

async function replayAndSwap(
  deps: ProjectorDeps,
  projections: readonly Projection[],
  progressEvery: number,
  onProgress?: ProgressListener,
): Promise<RebuildResult[]> {
  const started = Date.now();
  const builds: { target: MemoryTarget; stamp: string; progress: ProgressMeter }[] = [];
  try {
    for (const projection of projections) {
      const { target, stamp } = await createBuildTarget(deps.dataSource, projection, 'r');
      builds.push({
        target,
        stamp,
        progress: new ProgressMeter(deps.store, projection.name, progressEvery, onProgress),
      });
      deps.logger.log(`projection ${projection.name}: rebuilding into ${Object.values(target.tables).join(', ')}`);
    }
    await replayUntilNearlyCaughtUp(deps, builds);
  } catch (error) {
    for (const build of builds) await discardBuild(deps.dataSource, build.target.tables, build.target.parkingKey);
    throw error;
  }
  const results: RebuildResult[] = [];
  for (const [index, { target, stamp, progress }] of builds.entries()) {
    let position;
    try {
      position = await swapInRebuild(deps, target, stamp, progress);
    } catch (error) {
      // Those swapped in already stay (each is a whole rebuild); the rest are dropped.
      for (const rest of builds.slice(index))
        await discardBuild(deps.dataSource, rest.target.tables, rest.target.parkingKey);
      throw error;
    }
    await progress.report('swapped', position);
    const result = {
      projection: target.projection.name,
      position: formatPosition(position),
      events: progress.total,
      seconds: (Date.now() - started) / 1000,
      builtAs: target.tables,
    };
    deps.logger.log(
      `projection ${result.projection}: rebuilt from ${result.events} events in ${result.seconds.toFixed(1)} s and swapped in at ${result.position}`,
    );
    results.push(result);
  }
  return results;
}
