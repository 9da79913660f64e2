/**
 * One batch, one transaction: the read-model changes, the parked rows for blocked streams and the
 * new position commit together or not at all.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { GlobalPosition, RecordedEvent } from '@app/event-store';
import type { ApplyTarget } from './apply-target';
import { isAfter } from './checkpoints';
import { ApplyError } from './failures';
import { BLOCKED_BY_EARLIER_EVENT, parkEvent } from './parked-events';
import { lockProjection } from './projector-schema';

export interface BatchResult {
  readonly position: GlobalPosition;
  readonly applied: number;
  /** Events parked because an earlier event of their stream is parked (logged by the caller once committed). */
  readonly blocked: readonly RecordedEvent[];
}

export function matchesPrefixes(streamId: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => streamId.startsWith(prefix));
}

export interface ApplyOptions {
  /** false: this transaction's commit does not wait for the WAL flush (see BatchProcessor's ProcessOptions). */
  readonly flushCommit?: boolean;
}

/** Runs inside the caller's transaction. Events at or before the target's position are skipped, so a batch seen twice applies once. */
export async function applyInTransaction(
  manager: EntityManager,
  target: ApplyTarget,
  events: readonly RecordedEvent[],
  options: ApplyOptions = {},
): Promise<BatchResult> {
  const flushCommit = options.flushCommit ?? true;
  if (target.lockName) await lockProjection(manager, target.lockName, { flushCommit });
  else if (!flushCommit) await manager.query(`select set_config('synchronous_commit', 'off', true)`);
  const { projection, tables, parkingKey } = target;
  // The events the projection reads and their streams, before knowing which are fresh: one round trip for the position and the parked streams.
  const ofProjection = events.filter((event) => matchesPrefixes(event.streamId, projection.streamPrefixes));
  const streamIds = [...new Set(ofProjection.map((event) => event.streamId))];
  const { position: from, blocked } = await target.positionAndBlocked(manager, streamIds);
  // In log order: nothing is fresh unless the last event is, and the batch then takes the position to it.
  const last = events[events.length - 1];
  if (last === undefined || !isAfter(last.position, from)) return { position: from, applied: 0, blocked: [] };
  const relevant = ofProjection.filter((event) => isAfter(event.position, from));
  const toApply = relevant.filter((event) => !blocked.has(event.streamId));
  const toPark = relevant.filter((event) => blocked.has(event.streamId));
  if (toApply.length > 0) {
    try {
      await projection.apply(manager, toApply, tables);
    } catch (error) {
      throw new ApplyError(error, toApply);
    }
  }
  for (const event of toPark) await parkEvent(manager, parkingKey, event, BLOCKED_BY_EARLIER_EVENT, 0);
  const position = last.position;
  await target.advance(manager, position);
  return { position, applied: toApply.length, blocked: toPark };
}

export async function applyBatch(
  dataSource: DataSource,
  target: ApplyTarget,
  events: readonly RecordedEvent[],
  options: ApplyOptions = {},
): Promise<BatchResult> {
  const result = await dataSource.transaction((manager) => applyInTransaction(manager, target, events, options));
  target.committed(result.position);
  return result;
}

/** Parks a poison event and moves past it, in one transaction. */
export async function parkPoisonEvent(
  dataSource: DataSource,
  target: ApplyTarget,
  event: RecordedEvent,
  errorMessage: string,
  attempts: number,
): Promise<boolean> {
  const parked = await dataSource.transaction(async (manager) => {
    if (target.lockName) await lockProjection(manager, target.lockName);
    if (!isAfter(event.position, await target.position(manager))) return false;
    await parkEvent(manager, target.parkingKey, event, errorMessage, attempts);
    await target.advance(manager, event.position);
    return true;
  });
  if (parked) target.committed(event.position);
  return parked;
}

/**
 * For a caller already inside a transaction (a rebuild's swap): a failing batch rolls back to here,
 * not the whole transaction. The position counts as committed at the savepoint's release, because a
 * failure of the enclosing transaction abandons the whole rebuild.
 */
export async function applyInSavepoint(
  manager: EntityManager,
  target: ApplyTarget,
  events: readonly RecordedEvent[],
): Promise<BatchResult> {
  await manager.query('savepoint projector_batch');
  try {
    const result = await applyInTransaction(manager, target, events);
    await manager.query('release savepoint projector_batch');
    target.committed(result.position);
    return result;
  } catch (error) {
    await manager.query('rollback to savepoint projector_batch');
    throw error;
  }
}
