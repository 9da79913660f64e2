/** Builds a projection from the log into throw-away tables, only to checksum them: what the live model should equal. */
import { comparePositions, type GlobalPosition } from '@app/event-store';
import { createBuildTarget, discardBuild } from './build-tables';
import { checksumTables, type Checksum } from './checksum';
import { findProjection, type ProjectorDeps } from './projector-options';
import { ensureProjectorSchema } from './projector-schema';
import { replayPass } from './replay-log';

export interface FreshRebuildOptions {
  /** Build up to this position (inclusive), e.g. the live checkpoint to compare with; the current head when absent. */
  readonly until?: GlobalPosition;
}

export async function checksumOfFreshRebuild(
  deps: ProjectorDeps,
  projectionName: string,
  options: FreshRebuildOptions = {},
): Promise<Checksum> {
  const projection = findProjection(deps, projectionName);
  await ensureProjectorSchema(deps.dataSource);
  const until = options.until ?? (await deps.store.headPosition());
  const { target } = await createBuildTarget(deps.dataSource, projection, 'c');
  try {
    await replayPass(deps, target, { until });
    // Report the position asked for: the build reflects every event up to it, though the last of its streams may be earlier.
    const position = comparePositions(target.current, until) > 0 ? target.current : until;
    return await checksumTables(deps.dataSource, projection, target.tables, position);
  } finally {
    await discardBuild(deps.dataSource, target.tables, target.parkingKey);
  }
}
