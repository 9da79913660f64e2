/**
 * Rebuild without downtime: replay the whole log into fresh tables while the live runner keeps
 * serving from the live ones, then swap them in (see table-swap.ts). A failed rebuild drops its
 * tables and leaves the live model as it was; a second one of the same projection while the first
 * runs is refused (rebuild-lock.ts).
 */
import { formatPosition } from '@app/event-store';
import type { Projection } from './projection';
import { createBuildTarget, discardBuild } from './build-tables';
import { findProjection, type ProjectorDeps } from './projector-options';
import { ensureProjectorSchema } from './projector-schema';
import { holdingRebuildLock } from './rebuild-lock';
import { ProgressMeter, type ProgressListener } from './rebuild-progress';
import { replayUntilNearlyCaughtUp } from './replay-log';
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

export async function rebuildProjection(deps: ProjectorDeps, projectionName: string, onProgress?: ProgressListener): Promise<RebuildResult> {
  const projection = findProjection(deps, projectionName);
  await ensureProjectorSchema(deps.dataSource);
  return holdingRebuildLock(deps.dataSource, projection.name, () => replayAndSwap(deps, projection, onProgress));
}

async function replayAndSwap(deps: ProjectorDeps, projection: Projection, onProgress?: ProgressListener): Promise<RebuildResult> {
  const started = Date.now();
  const { target, stamp } = await createBuildTarget(deps.dataSource, projection, 'r');
  const progress = new ProgressMeter(deps.store, projection.name, deps.options.progressEvery, onProgress);
  deps.logger.log(`projection ${projection.name}: rebuilding into ${Object.values(target.tables).join(', ')}`);
  let position;
  try {
    await replayUntilNearlyCaughtUp(deps, target, progress);
    position = await swapInRebuild(deps, target, stamp, progress);
  } catch (error) {
    await discardBuild(deps.dataSource, target.tables, target.parkingKey);
    throw error;
  }
  await progress.report('swapped', position);
  const result = {
    projection: projection.name,
    position: formatPosition(position),
    events: progress.total,
    seconds: (Date.now() - started) / 1000,
    builtAs: target.tables,
  };
  deps.logger.log(`projection ${projection.name}: rebuilt from ${result.events} events in ${result.seconds.toFixed(1)} s and swapped in at ${result.position}`);
  return result;
}
