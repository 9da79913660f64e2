/**
 * One rebuild of a projection at a time, across processes (the API's endpoint, the CLI, a schema
 * upgrade on start). Two at once would each replay the whole log, then swap in turn: the second
 * retiring the tables the first had just swapped in and handing over the parked events again.
 */
import type { DataSource } from 'typeorm';

export class RebuildInProgress extends Error {
  readonly code = 'REBUILD_IN_PROGRESS';

  constructor(readonly projection: string) {
    super(`a rebuild of ${projection} is already running; try again once it has swapped in`);
    this.name = 'RebuildInProgress';
  }
}

/** Apart from the `projection:<name>` lock of each batch and swap, which the live runner takes and waits for. */
export function rebuildLockKey(projection: string): string {
  return `rebuild:${projection}`;
}

/**
 * A session-level advisory lock on a connection of its own, held for the whole rebuild and tried,
 * never waited for: the second rebuild is refused at once. PostgreSQL drops it with the session,
 * so a process that dies mid-rebuild does not leave the projection locked.
 */
export async function holdingRebuildLock<T>(
  dataSource: DataSource,
  projection: string,
  rebuild: () => Promise<T>,
): Promise<T> {
  const session = dataSource.createQueryRunner();
  await session.connect();
  try {
    const [{ locked }] = await session.query('select pg_try_advisory_lock(hashtextextended($1, 0)) as locked', [
      rebuildLockKey(projection),
    ]);
    if (!locked) throw new RebuildInProgress(projection);
    try {
      return await rebuild();
    } finally {
      await session.query('select pg_advisory_unlock(hashtextextended($1, 0))', [rebuildLockKey(projection)]);
    }
  } finally {
    await session.release();
  }
}
