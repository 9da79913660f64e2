/** The version a kept read (the board's pages) is checked against: it moves with every change to what the read models answer. */
import { DataSource } from 'typeorm';
import { createTestDatabase } from '@app/testing';
import { replaceCheckpoint, writeCheckpoint } from '../src/checkpoints';
import { markReplayed, parkEvent } from '../src/parked-events';
import { ensureProjectorSchema } from '../src/projector-schema';
import { readModelVersion } from '../src/read-model-version';

describe('a read model version', () => {
  let dataSource: DataSource;
  const version = () => readModelVersion(dataSource.manager, ['task-board', 'organisation']);

  beforeAll(async () => {
    dataSource = await new DataSource({
      type: 'postgres',
      url: await createTestDatabase('versions'),
      entities: [],
    }).initialize();
    await ensureProjectorSchema(dataSource);
    await writeCheckpoint(dataSource.manager, 'task-board', { commit: 10n, prepare: 1n }, 1);
    await writeCheckpoint(dataSource.manager, 'organisation', { commit: 5n, prepare: 1n }, 1);
  });
  afterAll(() => dataSource?.destroy());

  it('stays the same while nothing changes', async () => {
    expect(await version()).toBe(await version());
  });

  it('moves when a checkpoint of one of them moves, and not for another read model', async () => {
    const before = await version();
    await writeCheckpoint(dataSource.manager, 'task-detail', { commit: 99n, prepare: 1n }, 1);
    expect(await version()).toBe(before);
    await writeCheckpoint(dataSource.manager, 'organisation', { commit: 6n, prepare: 1n }, 1);
    expect(await version()).not.toBe(before);
  });

  it('moves when a rebuild swaps in tables at the same position', async () => {
    const before = await version();
    await replaceCheckpoint(dataSource.manager, 'task-board', { commit: 10n, prepare: 1n }, 2);
    expect(await version()).not.toBe(before);
  });

  it('moves when a parked event is replayed, which changes rows but not the checkpoint', async () => {
    await parkEvent(dataSource.manager, 'task-board', parked(), 'boom', 1);
    const parkedAt = await version();
    const [{ id }]: { id: string }[] = await dataSource.query('select id from projection_parked_events');
    await markReplayed(dataSource.manager, [id]);
    expect(await version()).not.toBe(parkedAt);
  });
});

function parked() {
  return {
    position: { commit: 11n, prepare: 1n },
    streamId: 'task-t1',
    revision: 3,
    id: '00000000-0000-4000-8000-000000000001',
    type: 'TaskUrged',
    data: {},
    metadata: {},
  } as never;
}
