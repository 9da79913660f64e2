/**
 * Moves an idle projection's checkpoint up to the log head when no event of its streams lies in
 * between. Without this, a projection whose streams are quiet would never reach the position of an
 * event elsewhere, and a reader waiting for that position (read-your-writes) would wait in vain.
 */
import type { Projection } from '../projection';
import { isAfter, positionOf, writeCheckpoint } from './checkpoints';
import { firstEventAfter } from './log-reading';
import type { ProjectorDeps } from './projector-options';
import { lockProjection } from './projector-schema';

export async function advanceIdleCheckpoint(deps: Pick<ProjectorDeps, 'dataSource' | 'store'>, projection: Projection): Promise<void> {
  const { dataSource, store } = deps;
  const checkpoint = await positionOf(dataSource.manager, projection.name);
  // The head is read before looking for pending events: everything up to it is visible by then.
  const head = await store.headPosition();
  if (!isAfter(head, checkpoint)) return;
  const pending = await firstEventAfter(store, checkpoint, projection.streamPrefixes);
  if (pending && !isAfter(pending.position, head)) return;
  await dataSource.transaction(async (manager) => {
    await lockProjection(manager, projection.name);
    await writeCheckpoint(manager, projection.name, head, projection.schemaVersion);
  });
}
