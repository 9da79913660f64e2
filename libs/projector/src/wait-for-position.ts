/**
 * Read-your-writes for the API: waits (bounded) until projections' checkpoints reach a log position.
 * A projector in this process says when each batch has committed (ProjectionPositions): the wait ends
 * on that wake-up, without a query. What it does not know of (a projector in another process, a
 * rebuild swapped in) is read from `projection_checkpoints`, the only thing the API and the projector
 * share: at once, then again soon and less often, up to pollMs; only now and then (FOLLOWED_POLL_MS)
 * for read models this process's projector follows, whose wake-ups come first: for those not even at
 * once, since the next batch is on its way and a query per read would queue on a loaded pool. That
 * occasional look is one query for every wait of the process: at a few hundred waits in flight, one each
 * would be thousands a second, queued on the pool the projector applies its batches through.
 */
import type { DataSource } from 'typeorm';
import { comparePositions, type GlobalPosition } from '@app/event-store';
import { readCheckpoints, type Checkpoint } from './checkpoints';
import { pause } from './failures';
import type { ProjectionPositions } from './projection-positions';

/** The database is still asked this often about followed read models: a rebuild may have swapped a table in ahead. */
const FOLLOWED_POLL_MS = 100;

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly pollMs?: number;
  readonly signal?: AbortSignal;
  readonly positions?: ProjectionPositions;
}

/** True once every named projection's checkpoint is at or after `position`; false when the time is up. */
export async function waitForCheckpoints(
  dataSource: DataSource,
  names: readonly string[],
  position: GlobalPosition,
  options: WaitOptions,
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  const pollMs = options.pollMs ?? 25;
  const positions = options.positions;
  let pending = names.filter((name) => !positions?.reached(name, position));
  if (pending.length > 0) positions?.awaiting(pending);
  let nextPoll = followedAll(positions, pending) ? Date.now() + FOLLOWED_POLL_MS : 0;
  // A write is usually projected within milliseconds: look again soon, then less often up to pollMs.
  for (let interval = Math.min(2, pollMs); ;) {
    if (pending.length === 0) return true;
    if (Date.now() >= nextPoll) {
      pending = await notReached(
        followedAll(positions, pending)
          ? sharedCheckpoints(dataSource, pending)
          : readCheckpoints(dataSource.manager, pending),
        pending,
        position,
      );
      if (pending.length === 0) return true;
      nextPoll = Date.now() + (followedAll(positions, pending) ? FOLLOWED_POLL_MS : interval);
      interval = Math.min(pollMs, interval * 2);
    }
    const left = deadline - Date.now();
    if (left <= 0 || options.signal?.aborted) return false;
    const wait = Math.max(0, Math.min(nextPoll - Date.now(), left));
    if (positions) await positions.nextAdvance(wait, options.signal, { names: pending, position });
    else await pause(wait, options.signal);
    pending = pending.filter((name) => !positions?.reached(name, position));
  }
}

function followedAll(positions: ProjectionPositions | undefined, names: readonly string[]): boolean {
  return positions !== undefined && names.every((name) => positions.follows(name));
}

async function notReached(
  read: Promise<Map<string, Checkpoint>>,
  names: readonly string[],
  position: GlobalPosition,
): Promise<string[]> {
  const checkpoints = await read;
  return names.filter((name) => {
    const checkpoint = checkpoints.get(name);
    return checkpoint === undefined || comparePositions(checkpoint.position, position) < 0;
  });
}

/** The last read of the checkpoints for followed read models, per database: waits that look within half a poll share it. */
const sharedReads = new WeakMap<
  DataSource,
  { at: number; names: Set<string>; read: Promise<Map<string, Checkpoint>> }
>();

/**
 * A read that began at most FOLLOWED_POLL_MS / 2 ago answers as well as a new one: checkpoints only move
 * forward, so what it saw reached is reached, and what it did not see is looked at again by the next poll.
 */
function sharedCheckpoints(dataSource: DataSource, names: readonly string[]): Promise<Map<string, Checkpoint>> {
  const last = sharedReads.get(dataSource);
  if (last && Date.now() - last.at <= FOLLOWED_POLL_MS / 2 && names.every((name) => last.names.has(name)))
    return last.read;
  const asked = new Set([...(last?.names ?? []), ...names]);
  const entry = { at: Date.now(), names: asked, read: readCheckpoints(dataSource.manager, [...asked]) };
  sharedReads.set(dataSource, entry);
  entry.read.catch(() => {
    if (sharedReads.get(dataSource) === entry) sharedReads.delete(dataSource);
  });
  return entry.read;
}
