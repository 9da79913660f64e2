/**
 * The API's embedded projector in a worker thread (the compiled worker of the build): it projects the
 * log over connections of its own, its committed batches wake the read-your-writes waits of the API's
 * thread by message, and stopping it closes its connections.
 */
import { DataSource } from 'typeorm';
import { createEventStore, type EventStore } from '@app/event-store';
import { ProjectionPositions, waitForCheckpoints } from '@app/projector';
import { ALL_PROJECTIONS } from '@app/read-models';
import { createTestDatabase, headShowing } from '@app/testing';
import { PROJECTOR_WORKER_SCRIPT, ProjectorThread } from '../../libs/runtime/src/projector-thread';
import { appendRealisticLedger } from '../../bench/support/realistic-ledger';
import { RecordingLogger } from '../../libs/projector/test/support/projector-harness';
import { join } from 'node:path';

const COMPILED_WORKER = join(__dirname, '../../dist/libs/runtime/src/projector-worker.js');

describe('the embedded projector in a worker thread', () => {
  let url: string;
  let store: EventStore;
  let dataSource: DataSource;
  let thread: ProjectorThread | undefined;
  const logger = new RecordingLogger();

  beforeAll(async () => {
    if (!ProjectorThread.available(COMPILED_WORKER))
      throw new Error(`${COMPILED_WORKER} is missing: run npm run build first (npm test does)`);
    url = await createTestDatabase('projector_thread');
    store = await createEventStore({ kind: 'postgres', url });
    dataSource = await new DataSource({ type: 'postgres', url, entities: [] }).initialize();
  });
  afterEach(async () => {
    await thread?.stop();
    thread = undefined;
  });
  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
  });

  const startThread = (
    positions: ProjectionPositions,
    projections = ALL_PROJECTIONS.map((p) => p.name),
    pollIntervalMs?: number,
  ) =>
    new ProjectorThread({
      data: { eventStore: { kind: 'postgres', url, pollIntervalMs }, database: { url }, projections },
      logger,
      positions,
      script: COMPILED_WORKER,
    });
  const batchSessions = async () =>
    Number(
      (
        await dataSource.query<{ count: string }[]>(
          `select count(*) from pg_stat_activity where datname = current_database() and application_name = 'ledger projector worker'`,
        )
      )[0].count,
    );

  it('is the compiled file beside the thread’s own once built', () => {
    expect(PROJECTOR_WORKER_SCRIPT.endsWith(join('libs', 'runtime', 'src', 'projector-worker.js'))).toBe(true);
  });

  it('when tasks are recorded, the worker projects them and a wait in this thread ends on its message', async () => {
    const positions = new ProjectionPositions();
    thread = startThread(positions);
    await thread.start();

    const ledger = await appendRealisticLedger(store, { tasks: 4 });
    await headShowing(store, ledger.lastPosition);

    // Only the worker's messages tell this thread's positions anything: no projector runs here.
    expect(
      await waitForCheckpoints(dataSource, ['task-detail', 'task-board'], ledger.lastPosition, {
        timeoutMs: 10_000,
        positions,
      }),
    ).toBe(true);
    expect(positions.follows('task-detail')).toBe(true);
    expect(positions.reached('task-detail', ledger.lastPosition)).toBe(true);
    const [{ tasks }] = await dataSource.query<{ tasks: string }[]>(`select count(*) as tasks from task_details`);
    expect(Number(tasks)).toBeGreaterThanOrEqual(4);
    expect(await batchSessions()).toBeGreaterThan(0);
  });

  it('when the worker dies, it is started again and goes on from the checkpoints', async () => {
    const positions = new ProjectionPositions();
    thread = startThread(positions);
    await thread.start();
    const exited = logger.lines.length;

    // As a crash would: the thread ends at once, its batch in flight (if any) rolled back with its connections.
    await (thread as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const ledger = await appendRealisticLedger(store, { tasks: 2 });
    await headShowing(store, ledger.lastPosition);

    expect(
      await waitForCheckpoints(dataSource, ['task-detail'], ledger.lastPosition, { timeoutMs: 10_000, positions }),
    ).toBe(true);
    expect(logger.lines.slice(exited).join('\n')).toMatch(/the projector's worker exited with 1; starting it again/);
  });

  it('when it is stopped, its connections to the database are closed', async () => {
    thread = startThread(new ProjectionPositions());
    await thread.start();

    await thread.stop();
    thread = undefined;

    expect(await batchSessions()).toBe(0);
  });

  it('when asked for a read model that is not registered, it does not start and says why', async () => {
    thread = startThread(new ProjectionPositions(), ['task-detail', 'no-such-model']);

    await expect(thread.start()).rejects.toThrow(/no read model is named no-such-model/);
  });
});
