import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '../src/projection';
import { applyBatch } from '../src/apply-batch';
import { liveTarget } from '../src/apply-target';
import { ensureProjectorSchema } from '../src/projector-schema';
import { caughtUp, eventually, openHarness, type Harness } from './support/projector-harness';
import { streamCountsProjection } from './support/stream-counts.projection';

describe('the live projection runner', () => {
  let harness: Harness;
  beforeEach(async () => (harness = await openHarness()));
  afterEach(() => harness.close());

  const counts = () =>
    harness.rows<{ stream_id: string; events: number }>(
      'select stream_id, events from stream_counts order by stream_id',
    );

  it('catches up from the start of the log and then follows new events live', async () => {
    await harness.append('task-1', 30);
    await harness.append('programme-1', 5);
    const projection = streamCountsProjection();
    await harness.projector([projection]).start();

    await eventually(counts, (rows) => rows.length === 2);
    expect(await counts()).toEqual([
      { stream_id: 'programme-1', events: 5 },
      { stream_id: 'task-1', events: 30 },
    ]);

    await harness.append('task-1', 3);
    await harness.append('task-2', 1);
    await eventually(counts, (rows) => rows.length === 3 && rows[1].events === 33);
  });

  it('commits read-model rows and the checkpoint together, so a batch that fails after writing rows leaves neither', async () => {
    await harness.append('task-1', 4);
    const projection = streamCountsProjection({ failAfterWrite: true });
    await ensureProjectorSchema(harness.dataSource);
    await harness.dataSource.transaction((manager) => projection.createTables(manager, liveTarget(projection).tables));
    const events = await readLog(harness);

    await expect(applyBatch(harness.dataSource, liveTarget(projection), events)).rejects.toThrow(
      'failing after the rows were written',
    );

    expect(await counts()).toEqual([]);
    expect(await harness.rows('select * from projection_checkpoints')).toEqual([]);
  });

  it('restarts from its checkpoint and applies no event twice', async () => {
    const applied: string[] = [];
    const projection = recordingApplies(streamCountsProjection(), applied);
    await harness.append('task-1', 25);
    const first = harness.projector([projection]);
    await first.start();
    await caughtUp(harness.admin([projection]));
    await first.stop();

    await harness.append('task-1', 10);
    await harness.append('task-2', 5);
    await harness.projector([projection]).start();
    await caughtUp(harness.admin([projection]));

    expect(applied).toHaveLength(40);
    expect(new Set(applied).size).toBe(40);
    expect(await counts()).toEqual([
      { stream_id: 'task-1', events: 35 },
      { stream_id: 'task-2', events: 5 },
    ]);
  });

  it('reports lag 0, the head as checkpoint and nothing parked when caught up', async () => {
    const projection = streamCountsProjection();
    const admin = harness.admin([projection]);
    await harness.append('task-1', 12);
    const projector = harness.projector([projection]);
    await projector.start();
    await caughtUp(admin);
    await projector.stop();
    await harness.append('task-1', 7);
    await harness.append('directory', 2);

    const [behind] = await admin.status();
    expect(behind).toMatchObject({ name: 'stream-counts', lag: 7, lagCapped: false, parked: 0 });

    await harness.projector([projection]).start();
    const [status] = await eventually(
      () => admin.status(),
      ([s]) => s.lag === 0 && s.checkpoint === s.head,
    );
    expect(status).toMatchObject({ lag: 0, parked: 0, generation: 0 });
  });

  it('lets a reader wait for a position, even one reached by a stream the projection does not read', async () => {
    const projection = streamCountsProjection();
    const admin = harness.admin([projection]);
    await harness.projector([projection]).start();
    const taskWrite = await harness.append('task-1', 1);
    expect(await admin.waitForPosition('all', taskWrite.position, 10_000)).toBe(true);
    expect(await counts()).toEqual([{ stream_id: 'task-1', events: 1 }]);

    const directoryWrite = await harness.append('directory', 1);
    expect(await admin.waitForPosition('stream-counts', directoryWrite.position, 10_000)).toBe(true);
  });

  it('answers false when the position is not reached in time', async () => {
    const projection = streamCountsProjection();
    const write = await harness.append('task-1', 1);
    expect(await harness.admin([projection]).waitForPosition(['stream-counts'], write.position, 100)).toBe(false);
  });
});

function recordingApplies(projection: Projection, applied: string[]): Projection {
  return {
    ...projection,
    async apply(manager, events, tables) {
      await projection.apply(manager, events, tables);
      // Recorded only when the transaction commits, as far as this spec can tell: nothing here fails.
      applied.push(...events.map((event) => event.id));
    },
  };
}

async function readLog(harness: Harness): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const batch of harness.store.readAll()) events.push(...batch);
  return events;
}
