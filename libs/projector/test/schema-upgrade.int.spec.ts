import type { Projection } from '../src/projection';
import { readCheckpoint } from '../src/checkpoints';
import { ensureProjectorSchema } from '../src/projector-schema';
import { caughtUp, eventually, openHarness, type Harness } from './support/projector-harness';
import { streamCountsProjection } from './support/stream-counts.projection';

describe('a read model whose schema version changed', () => {
  let harness: Harness;
  beforeEach(async () => (harness = await openHarness()));
  afterEach(() => harness.close());

  const checkpoint = () => readCheckpoint(harness.dataSource.manager, 'stream-counts');
  const kinds = () =>
    harness.rows<{ stream_id: string; events: number; kind: string | null }>(
      'select stream_id, events, kind from stream_counts order by stream_id',
    );
  const rebuildLines = () => harness.logger.lines.filter((line) => /rebuil/.test(line));

  async function runUntilCaughtUp(projection: Projection): Promise<void> {
    const projector = harness.projector([projection]);
    await projector.start();
    await caughtUp(harness.admin([projection]));
    await projector.stop();
  }

  it('is rebuilt when the projector starts, its rows carry the new column, and it then runs live', async () => {
    await harness.append('task-1', 3);
    await harness.append('programme-1', 2);
    await runUntilCaughtUp(streamCountsProjection());

    const projector = harness.projector([streamCountsWithKind()]);
    await projector.start();

    expect(rebuildLines()).toEqual([
      'LOG stream-counts schema 1 → 2: rebuilding',
      expect.stringMatching(/^LOG projection stream-counts: rebuilding into stream_counts__r\d+/),
      expect.stringMatching(/^LOG projection stream-counts: rebuilt from 5 events/),
    ]);
    expect(await checkpoint()).toMatchObject({ schemaVersion: 2, generation: 1 });
    expect(await kinds()).toEqual([
      { stream_id: 'programme-1', events: 2, kind: 'programme' },
      { stream_id: 'task-1', events: 3, kind: 'task' },
    ]);
    await harness.append('task-2', 1);
    await eventually(kinds, (rows) => rows.some((row) => row.stream_id === 'task-2' && row.kind === 'task'));
  });

  it('is not rebuilt when the version is unchanged', async () => {
    await harness.append('task-1', 3);
    await runUntilCaughtUp(streamCountsProjection());
    await harness.append('task-1', 1);
    await runUntilCaughtUp(streamCountsProjection());

    expect(rebuildLines()).toEqual([]);
    expect(await checkpoint()).toMatchObject({ schemaVersion: 1, generation: 0 });
  });

  it('is only recorded on a fresh database: there is nothing old to rebuild', async () => {
    await harness.append('task-1', 3);
    await runUntilCaughtUp(streamCountsWithKind());

    expect(rebuildLines()).toEqual([]);
    expect(await checkpoint()).toMatchObject({ schemaVersion: 2, generation: 0 });
    expect(await kinds()).toEqual([{ stream_id: 'task-1', events: 3, kind: 'task' }]);
  });

  it('counts as version 1 when its checkpoint predates versions, and the projector schema catches up once', async () => {
    await harness.rows(`create table projection_checkpoints (
      name text primary key, commit_position numeric(20, 0) not null, prepare_position numeric(20, 0) not null,
      generation integer not null default 0, updated_at timestamptz not null default now())`);
    await harness.rows(
      `insert into projection_checkpoints (name, commit_position, prepare_position) values ('stream-counts', 0, 0)`,
    );

    await ensureProjectorSchema(harness.dataSource);
    await ensureProjectorSchema(harness.dataSource);

    expect(await checkpoint()).toMatchObject({ schemaVersion: 1, generation: 0 });
    expect(await harness.rows('select version from projector_schema')).toEqual([{ version: 2 }]);
  });
});

/** Version 2 of stream-counts: each row also says what kind of stream it counts. */
function streamCountsWithKind(): Projection {
  const v1 = streamCountsProjection();
  return {
    ...v1,
    schemaVersion: 2,
    async createTables(manager, tables) {
      await manager.query(
        `create table if not exists "${tables.stream_counts}" (stream_id text primary key, events integer not null, revision bigint not null, kind text)`,
      );
      await v1.createTables(manager, tables);
    },
    async apply(manager, events, tables) {
      await v1.apply(manager, events, tables);
      await manager.query(
        `update "${tables.stream_counts}" set kind = split_part(stream_id, '-', 1) where stream_id = any($1)`,
        [events.map((event) => event.streamId)],
      );
    },
    checksumQueries: (tables) => [
      ...v1.checksumQueries(tables),
      `select stream_id, kind from "${tables.stream_counts}" order by stream_id`,
    ],
  };
}
