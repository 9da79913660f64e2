/**
 * The moment a rebuild goes live, in one transaction under the projection's lock: apply the last
 * events, rename the fresh tables to the logical names, drop the old ones, set the checkpoint and
 * hand over the parked events. Readers see the old model until the commit, the new one after it.
 */
import type { EntityManager } from 'typeorm';
import type { GlobalPosition, RecordedEvent } from '@app/event-store';
import { applyInSavepoint } from './apply-batch';
import type { MemoryTarget } from './apply-target';
import { maxPosition, positionOf, replaceCheckpoint } from './checkpoints';
import { ApplyError, isTransient, messageOf } from './failures';
import { optionalAfter } from './log-reading';
import { handOverParked, parkEvent } from './parked-events';
import type { ProjectorDeps } from './projector-options';
import { lockProjection, quoteIdent } from './projector-schema';
import type { ProgressMeter } from './rebuild-progress';

export async function swapInRebuild(
  deps: ProjectorDeps,
  target: MemoryTarget,
  stamp: string,
  progress: ProgressMeter,
): Promise<GlobalPosition> {
  const name = target.projection.name;
  return deps.dataSource.transaction(async (manager) => {
    await lockProjection(manager, name);
    // Read before the last events: every event up to this head is then applied below.
    const head = await deps.store.headPosition();
    await applyRemaining(manager, deps, target, progress);
    // The live checkpoint may be ahead of the last event of our streams (an idle advance): never go back.
    const position = maxPosition(maxPosition(target.current, head), await positionOf(manager, name));
    await swapTables(manager, target, stamp);
    await replaceCheckpoint(manager, name, position, target.projection.schemaVersion);
    await handOverParked(manager, target.parkingKey, name);
    return position;
  });
}

/** No backoff while holding the lock (the live runner waits): a failing event is parked at once. */
async function applyRemaining(
  manager: EntityManager,
  deps: ProjectorDeps,
  target: MemoryTarget,
  progress: ProgressMeter,
): Promise<void> {
  const reading = deps.store.readAll({
    after: optionalAfter(target.current),
    streamPrefixes: target.projection.streamPrefixes,
    batchSize: deps.options.batchSize,
  });
  for await (const batch of reading) {
    if (batch.length === 0) continue;
    try {
      await applyInSavepoint(manager, target, batch);
    } catch (error) {
      if (!(error instanceof ApplyError) || isTransient(error)) throw error;
      for (const event of batch) await applyOneOrPark(manager, deps, target, event);
    }
    await progress.record(batch.length, batch[batch.length - 1].position);
  }
}

async function applyOneOrPark(
  manager: EntityManager,
  deps: ProjectorDeps,
  target: MemoryTarget,
  event: RecordedEvent,
): Promise<void> {
  try {
    await applyInSavepoint(manager, target, [event]);
  } catch (error) {
    if (!(error instanceof ApplyError) || isTransient(error)) throw error;
    const message = messageOf(error.cause);
    await parkEvent(manager, target.parkingKey, event, message, 1);
    target.committed(event.position);
    deps.logger.error(
      `projection ${target.parkingKey} PARKED ${event.type} of stream ${event.streamId} at revision ${event.revision} during the swap: ${message}`,
    );
  }
}

async function swapTables(manager: EntityManager, target: MemoryTarget, stamp: string): Promise<void> {
  const logicalNames = target.projection.tables;
  for (const logical of logicalNames) {
    await manager.query(
      `alter table if exists ${quoteIdent(logical)} rename to ${quoteIdent(retiredName(logical, stamp))}`,
    );
    await manager.query(`alter table ${quoteIdent(target.tables[logical])} rename to ${quoteIdent(logical)}`);
  }
  for (const logical of logicalNames)
    await manager.query(`drop table if exists ${quoteIdent(retiredName(logical, stamp))}`);
  // Index names were derived from the fresh table's name; give them the live names the next rebuild expects.
  for (const logical of logicalNames) await renameIndexes(manager, target.tables[logical], logical);
}

async function renameIndexes(manager: EntityManager, fromTable: string, toTable: string): Promise<void> {
  const rows: { indexname: string }[] = await manager.query(
    'select indexname from pg_indexes where schemaname = current_schema() and tablename = $1',
    [toTable],
  );
  for (const { indexname } of rows) {
    if (!indexname.includes(fromTable)) continue;
    await manager.query(
      `alter index ${quoteIdent(indexname)} rename to ${quoteIdent(indexname.split(fromTable).join(toTable))}`,
    );
  }
}

function retiredName(logical: string, stamp: string): string {
  return `${logical}__old${stamp}`;
}
