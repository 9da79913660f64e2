import { formatPosition, parsePosition } from '@app/event-store';
import type { Projection } from '../src/projection';
import { readCheckpoints } from '../src/checkpoints';
import { FAST_OPTIONS, caughtUp, eventually, openHarness, type Harness } from './support/projector-harness';
import { renamedProjection, streamCountsProjection } from './support/stream-counts.projection';

describe('one log reader for every projection', () => {
  let harness: Harness;
  beforeEach(async () => (harness = await openHarness()));
  afterEach(() => harness.close());

  const countsIn = (table: string) =>
    harness.rows<{ stream_id: string; events: number }>(`select stream_id, events from "${table}" order by stream_id`);

  it('reads the log once, whatever the number of read models, and each gets the events of its own streams', async () => {
    const subscribe = jest.spyOn(harness.store, 'subscribe');
    const tasks = streamCountsProjection();
    const directory = renamedProjection(streamCountsProjection({}, 'directory-counts'), '_directory', ['directory']);
    const everything = renamedProjection(streamCountsProjection({}, 'all-counts'), '_all', [
      'task-',
      'programme-',
      'directory',
    ]);
    await harness.append('task-1', 4);
    await harness.append('directory', 2);
    await harness.projector([tasks, directory, everything]).start();
    await caughtUp(harness.admin([tasks, directory, everything]));

    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(subscribe.mock.calls[0][0]?.streamPrefixes).toBeUndefined();
    expect(await countsIn('stream_counts')).toEqual([{ stream_id: 'task-1', events: 4 }]);
    expect(await countsIn('stream_counts_directory')).toEqual([{ stream_id: 'directory', events: 2 }]);
    expect(await countsIn('stream_counts_all')).toEqual([
      { stream_id: 'directory', events: 2 },
      { stream_id: 'task-1', events: 4 },
    ]);
  });

  it('moves a checkpoint past the events its projection does not read as the log passes them, not when idle', async () => {
    const tasks = streamCountsProjection();
    await harness.append('task-1', 1);
    // Never idle within the spec: only the batches themselves can move the checkpoint.
    await harness.projector([tasks], { ...FAST_OPTIONS, idleMs: 600_000 }).start();
    await caughtUp(harness.admin([tasks]));

    const elsewhere = await harness.append('directory', 3);
    const checkpoint = await eventually(
      async () => (await readCheckpoints(harness.dataSource.manager, ['stream-counts'])).get('stream-counts'),
      (found) => found !== undefined && formatPosition(found.position) === formatPosition(elsewhere.position),
    );
    expect(formatPosition(checkpoint!.position)).toBe(formatPosition(elsewhere.position));
    expect(await countsIn('stream_counts')).toEqual([{ stream_id: 'task-1', events: 1 }]);
  });

  it('rebuilds several read models from one reading of the log, each swapped in with what a fresh build gives', async () => {
    const tasks = streamCountsProjection();
    const directory = renamedProjection(streamCountsProjection({}, 'directory-counts'), '_directory', ['directory']);
    const everything = renamedProjection(streamCountsProjection({}, 'all-counts'), '_all', [
      'task-',
      'programme-',
      'directory',
    ]);
    const all = [tasks, directory, everything];
    await harness.append('task-1', 4);
    await harness.append('directory', 2);
    await harness.append('programme-1', 3);
    await harness.projector(all).start();
    const admin = harness.admin(all);
    await caughtUp(admin);
    const readAll = jest.spyOn(harness.store, 'readAll');

    const results = await admin.rebuildTogether(all.map((projection) => projection.name));

    // One pass over the whole log for the three; each swap then reads only its own streams' tail.
    expect(readAll.mock.calls.filter(([options]) => options?.streamPrefixes === undefined)).toHaveLength(1);
    expect(results.map((result) => [result.projection, result.events])).toEqual([
      ['stream-counts', 7],
      ['directory-counts', 2],
      ['all-counts', 9],
    ]);
    for (const projection of all) {
      const live = await admin.checksum(projection.name);
      expect(await admin.checksumOfFreshRebuild(projection.name, { until: parsePosition(live.position) })).toEqual(
        live,
      );
    }
    expect(await countsIn('stream_counts_all')).toEqual([
      { stream_id: 'directory', events: 2 },
      { stream_id: 'programme-1', events: 3 },
      { stream_id: 'task-1', events: 4 },
    ]);
  });

  it('lets the other read models go on while one fails on something that is not an event, and catches that one up once it is fixed', async () => {
    const schema = { broken: true };
    const healthy = streamCountsProjection();
    const failing = failingWhile(
      schema,
      renamedProjection(streamCountsProjection({}, 'failing-counts'), '_failing', ['task-']),
    );
    await harness.append('task-1', 2);
    await harness.projector([healthy, failing]).start();
    await caughtUp(harness.admin([healthy]));

    await harness.append('task-1', 3);
    await caughtUp(harness.admin([healthy]));
    expect(await countsIn('stream_counts')).toEqual([{ stream_id: 'task-1', events: 5 }]);
    expect(harness.logger.lines).toContainEqual(
      expect.stringMatching(/^ERROR projection failing-counts stopped \(schema error/),
    );
    expect(await countsIn('stream_counts_failing')).toEqual([]);

    schema.broken = false;
    await caughtUp(harness.admin([healthy, failing]));
    expect(await countsIn('stream_counts_failing')).toEqual([{ stream_id: 'task-1', events: 5 }]);
    expect(await countsIn('stream_counts')).toEqual([{ stream_id: 'task-1', events: 5 }]);
  });

  it('lets a read model apply its next batch while a slower one still applies the one before', async () => {
    const gate = heldUntilOpened();
    const quick = streamCountsProjection();
    const slow = waitingFor(gate, renamedProjection(streamCountsProjection({}, 'slow-counts'), '_slow', ['task-']));
    await harness.append('task-1', 1);
    await harness.projector([quick, slow]).start();
    try {
      await caughtUp(harness.admin([quick]));

      // While the slow one holds that first batch, the next is appended and the quick one applies it.
      await harness.append('task-1', 1);
      await caughtUp(harness.admin([quick]));
      expect(await countsIn('stream_counts')).toEqual([{ stream_id: 'task-1', events: 2 }]);
      expect(await countsIn('stream_counts_slow')).toEqual([]);
    } finally {
      gate.open();
    }
    await caughtUp(harness.admin([quick, slow]));
    expect(await countsIn('stream_counts_slow')).toEqual([{ stream_id: 'task-1', events: 2 }]);
  });
});

/** Stands for a deploy whose code expects a column its table does not have yet. */
function failingWhile(schema: { broken: boolean }, projection: Projection): Projection {
  return {
    ...projection,
    async apply(manager, events, tables) {
      if (schema.broken) await manager.query(`select no_such_column from "${tables.stream_counts_failing}"`);
      await projection.apply(manager, events, tables);
    },
  };
}

interface Gate {
  readonly opened: Promise<void>;
  open(): void;
}

function heldUntilOpened(): Gate {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Stands for a read model slower than the others: applies nothing until the gate opens. */
function waitingFor(gate: Gate, projection: Projection): Projection {
  return {
    ...projection,
    async apply(manager, events, tables) {
      await gate.opened;
      await projection.apply(manager, events, tables);
    },
  };
}
