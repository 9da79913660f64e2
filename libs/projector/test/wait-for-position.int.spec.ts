/**
 * Read-your-writes waits end on the in-process projector's wake-up, not on the next poll of
 * `projection_checkpoints`, and still see a checkpoint only the database knows (another process's projector).
 */
import { DataSource } from 'typeorm';
import { createTestDatabase } from '@app/testing';
import { ensureProjectorSchema } from '../src/projector-schema';
import { ProjectionPositions } from '../src/projection-positions';
import { waitForCheckpoints } from '../src/wait-for-position';

const AT = { commit: 900n, prepare: 7n };

describe('waiting for read models to reach a position', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource({
      type: 'postgres',
      url: await createTestDatabase('waits'),
      entities: [],
    }).initialize();
    await ensureProjectorSchema(dataSource);
  });
  afterAll(() => dataSource?.destroy());

  it('given a wait on two read models, when this process commits their batches, it answers at once, with no checkpoint in the database', async () => {
    const positions = new ProjectionPositions();
    positions.advanced('task-detail', { commit: 900n, prepare: 1n }); // followed, but short of the position
    positions.advanced('organisation', { commit: 10n, prepare: 1n });
    const waiting = waitForCheckpoints(dataSource, ['task-detail', 'organisation'], AT, {
      timeoutMs: 5_000,
      positions,
    });
    let answered = false;
    void waiting.then(() => (answered = true));
    await new Promise((done) => setTimeout(done, 20));
    positions.advanced('task-detail', AT);
    await new Promise((done) => setImmediate(done));
    expect(answered).toBe(false); // organisation is still behind
    const started = Date.now();
    positions.advanced('organisation', { commit: 901n, prepare: 0n });
    await expect(waiting).resolves.toBe(true);
    // The followed read models' database poll is FOLLOWED_POLL_MS apart: only the wake-up answers this fast.
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('given a checkpoint only the database has (a projector in another process), the wait sees it', async () => {
    await dataSource.query(
      `insert into projection_checkpoints (name, commit_position, prepare_position, updated_at) values ('task-board', 901, 0, now())`,
    );
    await expect(
      waitForCheckpoints(dataSource, ['task-board'], AT, { timeoutMs: 2_000, positions: new ProjectionPositions() }),
    ).resolves.toBe(true);
  });

  it('given a read model that stays behind, the wait answers false when its time is up', async () => {
    const positions = new ProjectionPositions();
    positions.advanced('task-timeline', { commit: 1n, prepare: 0n });
    await expect(waitForCheckpoints(dataSource, ['task-timeline'], AT, { timeoutMs: 150, positions })).resolves.toBe(
      false,
    );
  });
});
