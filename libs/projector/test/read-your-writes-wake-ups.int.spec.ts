/**
 * How soon a read-your-writes wait on the projector of this process ends: a read model the batch does
 * not touch has reached the batch's end before its checkpoint's transaction commits, one it touches only after.
 */
import { formatPosition, type GlobalPosition } from '@app/event-store';
import { readCheckpoints } from '../src/checkpoints';
import { ProjectionAdmin } from '../src/projection-admin';
import { ProjectionPositions } from '../src/projection-positions';
import { Projector } from '../src/projector';
import { FAST_OPTIONS, caughtUp, eventually, openHarness, type Harness } from './support/projector-harness';
import { renamedStreamCounts, streamCountsProjection } from './support/stream-counts.projection';
import type { Projection } from '../src/projection';
import { ensureProjectorSchema } from '../src/projector-schema';
import { waitForCheckpoints } from '../src/wait-for-position';

describe('read-your-writes on the projector of this process', () => {
  let harness: Harness;
  let admin: ProjectionAdmin;
  let release: (() => Promise<void>) | undefined;
  const afterCleanup: (() => Promise<void>)[] = [];
  const projection = streamCountsProjection(); // reads task- and programme- streams

  beforeEach(async () => {
    harness = await openHarness();
    const positions = new ProjectionPositions();
    const config = { dataSource: harness.dataSource, store: harness.store, projections: [projection], positions };
    admin = new ProjectionAdmin({ ...config, options: FAST_OPTIONS, logger: harness.logger });
    const projector = new Projector({ ...config, options: FAST_OPTIONS, logger: harness.logger });
    await harness.append('task-1', 1);
    await projector.start();
    await caughtUp(admin);
    // Given the projection's next batch cannot commit yet: its lock is held, as a rebuild's swap holds it.
    const holder = harness.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`projection:${projection.name}`]);
    release = async () => {
      release = undefined;
      await holder.rollbackTransaction();
      await holder.release();
    };
    afterCleanup.push(async () => {
      await release?.();
      await projector.stop();
    });
  });
  afterEach(async () => {
    for (const cleanup of afterCleanup.splice(0)) await cleanup();
    await harness.close();
  });

  const checkpoint = async () =>
    (await readCheckpoints(harness.dataSource.manager, [projection.name])).get(projection.name)?.position;
  const at = (position: GlobalPosition | undefined) => (position ? formatPosition(position) : 'none');

  it('when a write goes to a stream the read model does not read, a wait for it ends before the checkpoint has committed', async () => {
    const elsewhere = await harness.append('directory', 1);

    expect(await admin.waitForPosition(projection.name, elsewhere.position, 5_000)).toBe(true);
    expect(at(await checkpoint())).not.toBe(at(elsewhere.position));

    await release!();
    await eventually(checkpoint, (position) => at(position) === at(elsewhere.position));
  });

  it('when a write goes to a stream the read model reads, a wait for it ends only once its batch has committed', async () => {
    const own = await harness.append('task-2', 1);

    expect(await admin.waitForPosition(projection.name, own.position, 300)).toBe(false);

    await release!();
    expect(await admin.waitForPosition(projection.name, own.position, 5_000)).toBe(true);
    expect(await harness.rows('select stream_id, events from stream_counts where stream_id = $1', ['task-2'])).toEqual([
      { stream_id: 'task-2', events: 1 },
    ]);
  });
});

describe('the order of a batch among read models', () => {
  let harness: Harness;
  let projector: Projector | undefined;
  beforeEach(async () => (harness = await openHarness()));
  afterEach(async () => {
    await projector?.stop();
    await harness.close();
  });

  /** Both read task streams; each batch of theirs takes a while, and says when it began and ended. */
  async function twoReadModels(steps: string[]) {
    const positions = new ProjectionPositions();
    const detail = slow(renamedStreamCounts('detail-counts', '_detail', ['task-']), steps);
    const board = slow(renamedStreamCounts('board-counts', '_board', ['task-']), steps);
    const config = { dataSource: harness.dataSource, store: harness.store, projections: [board, detail], positions };
    const admin = new ProjectionAdmin({ ...config, options: FAST_OPTIONS, logger: harness.logger });
    projector = new Projector({ ...config, options: FAST_OPTIONS, logger: harness.logger });
    await harness.append('task-1', 1);
    await projector.start();
    await caughtUp(admin);
    steps.length = 0;
    return admin;
  }

  it('given a reader waited lately for one read model, the next batch commits there before the other begins', async () => {
    const steps: string[] = [];
    const admin = await twoReadModels(steps);
    const first = await harness.append('task-2', 1);
    expect(await admin.waitForPosition('detail-counts', first.position, 5_000)).toBe(true);
    await eventually(
      async () => steps,
      (done) => done.length === 4,
    );
    steps.length = 0;

    const write = await harness.append('task-3', 1);
    expect(await admin.waitForPosition('detail-counts', write.position, 5_000)).toBe(true);
    await eventually(
      async () => steps,
      (done) => done.length === 4,
    );

    expect(steps).toEqual(['begin detail-counts', 'end detail-counts', 'begin board-counts', 'end board-counts']);
  });

  it('given nobody waited, the read models apply the batch side by side', async () => {
    const steps: string[] = [];
    const admin = await twoReadModels(steps);

    const write = await harness.append('task-2', 1);
    expect(await admin.waitForPosition(['detail-counts', 'board-counts'], write.position, 5_000)).toBe(true);

    expect(steps.slice(0, 2).sort()).toEqual(['begin board-counts', 'begin detail-counts']);
  });
});

describe('many readers waiting at once', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await openHarness();
    await ensureProjectorSchema(harness.dataSource);
  });
  afterEach(() => harness.close());

  it('given a hundred waits on read models this process follows, the checkpoints are read a few times, not once per wait', async () => {
    const positions = new ProjectionPositions();
    positions.advanced('task-detail', { commit: 1n, prepare: 0n });
    positions.advanced('organisation', { commit: 1n, prepare: 0n });
    const queries = jest.spyOn(harness.dataSource.manager, 'query');

    const waits = Array.from({ length: 100 }, () =>
      waitForCheckpoints(
        harness.dataSource,
        ['task-detail', 'organisation'],
        { commit: 900n, prepare: 0n },
        {
          timeoutMs: 350,
          positions,
        },
      ),
    );

    expect(await Promise.all(waits)).toEqual(Array.from({ length: 100 }, () => false));
    const reads = queries.mock.calls.filter(([sql]) => String(sql).includes('projection_checkpoints'));
    // One each FOLLOWED_POLL_MS (100 ms) in 350 ms, shared by all, rather than three for each of the hundred.
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.length).toBeLessThanOrEqual(6);
  });

  it('given a checkpoint another process moved, a shared read still ends every wait it answers', async () => {
    const positions = new ProjectionPositions();
    positions.advanced('task-board', { commit: 1n, prepare: 0n });
    const waits = Array.from({ length: 20 }, () =>
      waitForCheckpoints(
        harness.dataSource,
        ['task-board'],
        { commit: 900n, prepare: 0n },
        { timeoutMs: 3_000, positions },
      ),
    );
    await harness.dataSource.query(
      `insert into projection_checkpoints (name, commit_position, prepare_position, updated_at) values ('task-board', 901, 0, now())`,
    );
    expect(await Promise.all(waits)).toEqual(Array.from({ length: 20 }, () => true));
  });
});

function slow(projection: Projection, steps: string[]): Projection {
  return {
    ...projection,
    async apply(manager, events, tables) {
      steps.push(`begin ${projection.name}`);
      await new Promise((done) => setTimeout(done, 50));
      await projection.apply(manager, events, tables);
      steps.push(`end ${projection.name}`);
    },
  };
}
