/**
 * Read-your-writes for the API: waits (bounded) until projections' checkpoints reach a log position.
 * It polls `projection_checkpoints`, the only thing the API and the projector share.
 */
import type { DataSource } from 'typeorm';
import { comparePositions, type GlobalPosition } from '@app/event-store';
import { readCheckpoints } from './checkpoints';
import { pause } from './failures';

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly pollMs?: number;
  readonly signal?: AbortSignal;
}

/** True once every named projection's checkpoint is at or after `position`; false when the time is up. */
export async function waitForCheckpoints(dataSource: DataSource, names: readonly string[], position: GlobalPosition, options: WaitOptions): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  const pollMs = options.pollMs ?? 25;
  // A write is usually projected within milliseconds: look again soon, then less often up to pollMs.
  for (let next = Math.min(2, pollMs); ; next = Math.min(pollMs, next * 2)) {
    if (await allReached(dataSource, names, position)) return true;
    const left = deadline - Date.now();
    if (left <= 0 || options.signal?.aborted) return false;
    await pause(Math.min(next, left), options.signal);
  }
}

async function allReached(dataSource: DataSource, names: readonly string[], position: GlobalPosition): Promise<boolean> {
  const checkpoints = await readCheckpoints(dataSource.manager, names);
  return names.every((name) => {
    const checkpoint = checkpoints.get(name);
    return checkpoint !== undefined && comparePositions(checkpoint.position, position) >= 0;
  });
}
