/**
 * A read model's tables are created with `create ... if not exists`, which never changes a table
 * already there. So a projection whose `schemaVersion` differs from the one its tables were built
 * with is rebuilt (fresh tables, replay, swap) before it runs live; the swap records the new version.
 */
import type { Projection } from './projection';
import { readCheckpoint } from './checkpoints';
import type { ProjectorDeps } from './projector-options';
import { rebuildProjections } from './rebuild';

/**
 * Rebuilds, together (one reading of the log), every projection whose stored version differs; returns
 * their names. A projection without a checkpoint has nothing built yet: its first checkpoint records the version.
 */
export async function rebuildThoseWhoseSchemaChanged(
  deps: ProjectorDeps,
  projections: readonly Projection[],
): Promise<string[]> {
  const changed: string[] = [];
  for (const projection of projections) {
    const stored = (await readCheckpoint(deps.dataSource.manager, projection.name))?.schemaVersion;
    if (stored === undefined || stored === projection.schemaVersion) continue;
    deps.logger.log(`${projection.name} schema ${stored} → ${projection.schemaVersion}: rebuilding`);
    changed.push(projection.name);
  }
  if (changed.length > 0) await rebuildProjections(deps, changed);
  return changed;
}
