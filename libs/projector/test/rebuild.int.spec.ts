import { parsePosition } from '@app/event-store';
import type { RebuildProgress } from '../src/rebuild-progress';
import { caughtUp, eventually, openHarness, type Harness } from './support/projector-harness';
import { streamCountsProjection, type StreamCountsFaults } from './support/stream-counts.projection';

describe('a rebuild', () => {
  let harness: Harness;
  beforeEach(async () => (harness = await openHarness()));
  afterEach(() => harness.close());

  const totalEvents = async () =>
    Number(
      (await harness.rows<{ total: string | null }>('select sum(events) as total from stream_counts'))[0].total ?? 0,
    );
  const buildTables = () =>
    harness.rows<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() and table_name like '%\\_\\_%' order by 1`,
    );

  it('replays into fresh tables while the live runner keeps going, then swaps them in with the same checksum as a fresh rebuild', async () => {
    const projection = streamCountsProjection();
    const admin = harness.admin([projection]);
    for (let stream = 0; stream < 10; stream++) await harness.append(`task-${stream}`, 20);
    await harness.projector([projection]).start();
    await caughtUp(admin);

    const writer = keepAppending(harness);
    const reader = keepReading(totalEvents);
    const progress: RebuildProgress[] = [];
    const result = await admin.rebuild('stream-counts', (report) => progress.push(report));
    const written = await writer.stop();
    const seen = await reader.stop();
    await caughtUp(admin);

    expect(result.builtAs).toEqual({
      stream_counts: expect.stringMatching(/^stream_counts__r\d+$/),
      stream_last_events: expect.stringMatching(/^stream_last_events__r\d+$/),
    });
    expect(await buildTables()).toEqual([]);
    expect(
      await harness.rows(`select indexname from pg_indexes where tablename = 'stream_last_events' order by 1`),
    ).toEqual([{ indexname: 'stream_last_events_pkey' }, { indexname: 'stream_last_events_type' }]);
    expect(await totalEvents()).toBe(200 + written);
    // Readers never saw a half-built model: the total only ever grew.
    expect(seen.every((total, index) => total >= 200 && (index === 0 || total >= seen[index - 1]))).toBe(true);
    expect((await admin.status())[0]).toMatchObject({ generation: 1, lag: 0, parked: 0 });
    expect(progress.at(-1)).toMatchObject({ projection: 'stream-counts', phase: 'swapped', position: result.position });
    expect(progress.some((report) => report.phase === 'replaying' && report.eventsPerSecond > 0)).toBe(true);

    const live = await admin.checksum('stream-counts');
    expect(live.rows).toBeGreaterThan(0);
    expect(await admin.checksumOfFreshRebuild('stream-counts', { until: parsePosition(live.position) })).toEqual(live);
  });

  it('after a fix, brings in the events the old tables had parked', async () => {
    const faults: StreamCountsFaults = { poison: (event) => event.streamId === 'task-bad' };
    const projection = streamCountsProjection(faults);
    const admin = harness.admin([projection]);
    await harness.append('task-bad', 3);
    await harness.append('task-good', 3);
    await harness.projector([projection]).start();
    await eventually(
      () => admin.status(),
      ([status]) => status.lag === 0 && status.parked === 3,
    );

    faults.poison = undefined;
    await admin.rebuild('stream-counts');

    expect(await harness.rows('select stream_id, events from stream_counts order by 1')).toEqual([
      { stream_id: 'task-bad', events: 3 },
      { stream_id: 'task-good', events: 3 },
    ]);
    expect(await admin.listParked()).toEqual([]);
    await harness.append('task-bad', 1);
    await eventually(
      () => totalEvents(),
      (total) => total === 7,
    );
  });
});

/** Appends to a few streams as fast as the store allows until stopped; resolves with how many events it wrote. */
function keepAppending(harness: Harness): { stop(): Promise<number> } {
  let running = true;
  let written = 0;
  const loop = (async () => {
    for (let index = 0; running; index++) {
      await harness.append(`task-${index % 12}`, 1);
      written++;
    }
  })();
  return { stop: async () => ((running = false), await loop, written) };
}

function keepReading(read: () => Promise<number>): { stop(): Promise<number[]> } {
  let running = true;
  const seen: number[] = [];
  const loop = (async () => {
    while (running) seen.push(await read());
  })();
  return { stop: async () => ((running = false), await loop, seen) };
}
