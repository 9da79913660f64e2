import { parsePosition } from '@app/event-store';
import type { Projection } from '../src/projection';
import { BLOCKED_BY_EARLIER_EVENT } from '../src/parked-events';
import { caughtUp, eventually, openHarness, type Harness } from './support/projector-harness';
import { streamCountsProjection, type StreamCountsFaults } from './support/stream-counts.projection';

describe('a poison event', () => {
  let harness: Harness;
  beforeEach(async () => (harness = await openHarness()));
  afterEach(() => harness.close());

  const countOf = async (streamId: string) =>
    (await harness.rows<{ events: number }>('select events from stream_counts where stream_id = $1', [streamId]))[0]
      ?.events ?? 0;

  it('is parked after the retries, the rest of the log is projected, and a replay after the fix restores its stream', async () => {
    const faults: StreamCountsFaults = { poison: (event) => event.streamId === 'task-bad' && event.revision === 1n };
    const projection = streamCountsProjection(faults);
    const admin = harness.admin([projection]);
    await harness.append('task-good', 10);
    await harness.append('task-bad', 3);
    await harness.append('task-good', 5);
    await harness.projector([projection]).start();
    await caughtUp(admin);

    // Live: later events of the parked stream wait behind it, other streams go on.
    await harness.append('task-bad', 2);
    await harness.append('task-good', 1);
    await caughtUp(admin);
    expect(await countOf('task-good')).toBe(16);
    expect(await countOf('task-bad')).toBe(1);

    const parked = await admin.listParked('stream-counts');
    expect(parked.map((event) => [event.streamId, event.revision, event.errorMessage, event.attempts])).toEqual([
      ['task-bad', 1n, 'cannot project ThingHappened (poison)', 4],
      ['task-bad', 2n, BLOCKED_BY_EARLIER_EVENT, 0],
      ['task-bad', 3n, BLOCKED_BY_EARLIER_EVENT, 0],
      ['task-bad', 4n, BLOCKED_BY_EARLIER_EVENT, 0],
    ]);
    expect((await admin.status())[0].parked).toBe(4);
    expect(harness.logger.lines).toContainEqual(
      expect.stringMatching(
        /^ERROR projection stream-counts PARKED ThingHappened of stream task-bad at revision 1 .*poison/,
      ),
    );

    // Still broken: the replay fails cleanly and changes nothing.
    const [failed] = await admin.replayParked('stream-counts', 'task-bad');
    expect(failed).toMatchObject({ streamId: 'task-bad', status: 'failed', events: 4 });
    expect(await countOf('task-bad')).toBe(1);
    expect(await admin.listParked('stream-counts')).toHaveLength(4);

    faults.poison = undefined;
    expect(await admin.replayParked('stream-counts')).toEqual([
      { streamId: 'task-bad', status: 'replayed', events: 4 },
    ]);
    expect(await countOf('task-bad')).toBe(5);
    expect(await admin.listParked()).toEqual([]);

    // The stream is unblocked: the live runner applies its next events itself.
    await harness.append('task-bad', 1);
    await eventually(
      () => countOf('task-bad'),
      (count) => count === 6,
    );

    const live = await admin.checksum('stream-counts');
    expect(await admin.checksumOfFreshRebuild('stream-counts', { until: parsePosition(live.position) })).toEqual(live);
  });

  it('is never skipped silently: a batch whose every attempt fails parks only the failing event', async () => {
    const faults: StreamCountsFaults = { poison: (event) => event.streamId === 'task-2' };
    const projection = streamCountsProjection(faults);
    const admin = harness.admin([projection]);
    await harness.append('task-1', 5);
    await harness.append('task-2', 1);
    await harness.append('task-3', 5);
    await harness.projector([projection]).start();
    await caughtUp(admin);

    expect(await countOf('task-1')).toBe(5);
    expect(await countOf('task-3')).toBe(5);
    expect((await admin.listParked()).map((event) => event.streamId)).toEqual(['task-2']);
    expect(harness.logger.lines.filter((line) => line.startsWith('WARN') && line.includes('retrying'))).toHaveLength(2);
  });

  it('is never a schema error: the events wait unparked and are projected once the schema is right', async () => {
    const schema = { broken: true };
    const projection = readingAMissingColumnWhile(schema, streamCountsProjection());
    const admin = harness.admin([projection]);
    await harness.append('task-1', 3);
    await harness.projector([projection]).start();

    await eventually(
      async () => harness.logger.lines.filter((line) => line.includes('SQLSTATE 42703')),
      (lines) => lines.length >= 2,
    );
    expect(harness.logger.lines).toContainEqual(
      expect.stringMatching(/^ERROR projection stream-counts stopped \(schema error.*nothing parked, retrying\)/),
    );
    expect(await admin.listParked()).toEqual([]);
    expect(await countOf('task-1')).toBe(0);

    schema.broken = false;
    await caughtUp(admin);
    expect(await countOf('task-1')).toBe(3);
    expect(await admin.listParked()).toEqual([]);
  });
});

/** Stands for a deploy whose code expects a column the table does not have yet. */
function readingAMissingColumnWhile(schema: { broken: boolean }, projection: Projection): Projection {
  return {
    ...projection,
    async apply(manager, events, tables) {
      if (schema.broken) await manager.query(`select no_such_column from "${tables.stream_counts}"`);
      await projection.apply(manager, events, tables);
    },
  };
}
