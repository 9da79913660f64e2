/**
 * A read model's tables are created with `create ... if not exists`, which never changes a table
 * already there. So a projection whose `schemaVersion` differs from the one its tables were built
 * with is rebuilt (fresh tables, replay, swap) before it runs live; the swap records the new version.
 */
import type { Projection } from './projection';
import { readCheckpoint } from './checkpoints';
import type { ProjectorDeps } from './projector-options';
import { rebuildProjection } from './rebuild';

/** True when it rebuilt. A projection without a checkpoint has nothing built yet: its first checkpoint records the version. */
export async function rebuildIfSchemaChanged(deps: ProjectorDeps, projection: Projection): Promise<boolean> {
  const stored = (await readCheckpoint(deps.dataSource.manager, projection.name))?.schemaVersion;
  if (stored === undefined || stored === projection.schemaVersion) return false;
  deps.logger.log(`${projection.name} schema ${stored} → ${projection.schemaVersion}: rebuilding`);
  await rebuildProjection(deps, projection.name);
  return true;
}
