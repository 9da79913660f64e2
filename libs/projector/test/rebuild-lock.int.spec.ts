import type { QueryRunner } from 'typeorm';
import { RebuildInProgress, rebuildLockKey } from '../src/rebuild-lock';
import { caughtUp, openHarness, type Harness } from './support/projector-harness';
import { streamCountsProjection } from './support/stream-counts.projection';

describe('a rebuild while another of the same projection runs', () => {
  let harness: Harness;
  let otherProcess: QueryRunner;
  beforeEach(async () => {
    harness = await openHarness();
    otherProcess = harness.dataSource.createQueryRunner();
    await otherProcess.connect();
  });
  afterEach(async () => {
    await otherProcess.release();
    await harness.close();
  });

  const admin = () => harness.admin([streamCountsProjection()]);
  const liveState = async () => ({
    counts: await harness.rows('select stream_id, events, revision from stream_counts order by 1'),
    checkpoints: await harness.rows(
      'select name, generation, commit_position, prepare_position from projection_checkpoints order by 1',
    ),
    tables: await harness.rows(
      `select table_name from information_schema.tables where table_schema = current_schema() and table_name like 'stream%' order by 1`,
    ),
  });
  /** What a rebuild in another process holds for as long as it runs. */
  const holdLock = (projection: string) =>
    otherProcess.query('select pg_advisory_lock(hashtextextended($1, 0))', [rebuildLockKey(projection)]);
  const releaseLock = (projection: string) =>
    otherProcess.query('select pg_advisory_unlock(hashtextextended($1, 0))', [rebuildLockKey(projection)]);
  const lockIsFree = async (projection: string) => {
    const [{ locked }] = await otherProcess.query('select pg_try_advisory_lock(hashtextextended($1, 0)) as locked', [
      rebuildLockKey(projection),
    ]);
    if (locked) await releaseLock(projection);
    return locked;
  };

  beforeEach(async () => {
    await harness.append('task-1', 3);
    await harness.append('task-2', 2);
    await harness.projector([streamCountsProjection()]).start();
    await caughtUp(admin());
  });

  it('is refused at once with REBUILD_IN_PROGRESS, and changes nothing', async () => {
    const before = await liveState();
    await holdLock('stream-counts');

    const refusal = await admin()
      .rebuild('stream-counts')
      .catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(RebuildInProgress);
    expect(refusal).toMatchObject({
      code: 'REBUILD_IN_PROGRESS',
      projection: 'stream-counts',
      message: expect.stringContaining('already running'),
    });
    expect(await liveState()).toEqual(before);
  });

  it('goes ahead once the other rebuild has finished, and lets go of the lock when done', async () => {
    await holdLock('stream-counts');
    await expect(admin().rebuild('stream-counts')).rejects.toBeInstanceOf(RebuildInProgress);
    await releaseLock('stream-counts');

    await admin().rebuild('stream-counts');

    expect((await admin().status())[0]).toMatchObject({ generation: 1 });
    expect(await lockIsFree('stream-counts')).toBe(true);
  });

  it('lets go of the lock when the rebuild fails', async () => {
    // Past the 25 events after which the harness reports progress, so the listener below is called mid-replay.
    await harness.append('task-3', 30);
    const brokenListener = () => {
      throw new Error('the progress listener broke');
    };

    await expect(admin().rebuild('stream-counts', brokenListener)).rejects.toThrow(/the progress listener broke/);

    expect(await lockIsFree('stream-counts')).toBe(true);
  });

  it('is not held up by a rebuild of another projection', async () => {
    await holdLock('task-board');

    await admin().rebuild('stream-counts');

    expect((await admin().status())[0]).toMatchObject({ generation: 1 });
  });
});
