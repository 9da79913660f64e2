/**
 * The projector process killed (SIGKILL) in the middle of catching up, then restarted: every read model
 * must end equal to a fresh rebuild, because each batch commits its rows and its checkpoint together.
 * Runs the compiled process (`npm test` builds dist/ before jest).
 */
import type { ChildProcess } from 'node:child_process';
import type { DataSource } from 'typeorm';
import {
  START,
  comparePositions,
  formatPosition,
  parsePosition,
  type EventStore,
  type GlobalPosition,
} from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import { ProjectionAdmin, readCheckpoints } from '@app/projector';
import { eventually, headShowing } from '@app/testing';
import { appendRealisticLedger } from '../../bench/support/realistic-ledger';
import { exited, stopGently } from '../support/child-processes';
import {
  QUIET_LOGGER,
  assertProjectorBuilt,
  openProjectorTestLedger,
  spawnProjector,
  type ProjectorTestLedger,
} from '../support/projector-process';

describe('the projector process, killed while catching up', () => {
  let ledger: ProjectorTestLedger;
  let databaseUrl: string;
  let store: EventStore;
  let dataSource: DataSource;
  let admin: ProjectionAdmin;
  const processes: ChildProcess[] = [];
  const outputOf = new Map<ChildProcess, string[]>();

  beforeAll(async () => {
    assertProjectorBuilt();
    ledger = await openProjectorTestLedger('crash');
    ({ databaseUrl, store, dataSource } = ledger);
    admin = new ProjectionAdmin({ dataSource, store, projections: ALL_PROJECTIONS, logger: QUIET_LOGGER });
    await admin.status(); // creates the checkpoint table, so the spec can poll it before the projector's first batch
  });
  afterAll(async () => {
    await Promise.all(processes.map(stopGently));
    await ledger.close();
  });

  it('restarts from its checkpoints and ends with every read model equal to a fresh rebuild', async () => {
    // Given a ledger of a few thousand events of real task lifecycles, visible in the log.
    const ledger = await appendRealisticLedger(store, { tasks: 600 });
    const head = await headShowing(store, ledger.lastPosition);
    expect(ledger.events).toBeGreaterThan(3000);

    // When the projector is killed while its checkpoints are between the start and the head of the log...
    const first = startProjector();
    const atKill = await eventually(
      checkpoints,
      (positions) => positions.some((position) => isBetween(position, START, head)),
      20_000,
      5,
    );
    first.kill('SIGKILL');
    await exited(first);
    const afterKill = await checkpoints();
    expect(afterKill.some((position) => isBetween(position, START, head))).toBe(true);
    expect(afterKill.map(formatPosition)).not.toEqual(ALL_PROJECTIONS.map(() => formatPosition(head)));

    // ...and started again.
    const second = startProjector();
    expect(await admin.waitForPosition('all', head, 25_000)).toBe(true);

    // Then each read model equals what a rebuild from the log gives.
    for (const projection of ALL_PROJECTIONS) {
      const live = await admin.checksum(projection.name);
      expect(live.rows).toBeGreaterThan(0);
      expect(await admin.checksumOfFreshRebuild(projection.name, { until: parsePosition(live.position) })).toEqual(
        live,
      );
    }
    expect(atKill.length).toBe(ALL_PROJECTIONS.length);

    // And SIGTERM stops it cleanly.
    second.kill('SIGTERM');
    await exited(second);
    expect(second.exitCode).toBe(0);
    expect(outputOf.get(second)?.join('')).toContain('projector process stopped');
  });

  function startProjector(): ChildProcess {
    const { child, output } = spawnProjector({
      DATABASE_URL: databaseUrl,
      PROJECTOR_BATCH_SIZE: '40',
      WATCHER_ENABLED: 'false',
      LOG_LEVEL: 'log',
    });
    outputOf.set(child, output);
    processes.push(child);
    return child;
  }

  async function checkpoints(): Promise<GlobalPosition[]> {
    const found = await readCheckpoints(
      dataSource.manager,
      ALL_PROJECTIONS.map((projection) => projection.name),
    );
    return ALL_PROJECTIONS.map((projection) => found.get(projection.name)?.position ?? START);
  }
});

function isBetween(position: GlobalPosition, after: GlobalPosition, before: GlobalPosition): boolean {
  return comparePositions(position, after) > 0 && comparePositions(position, before) < 0;
}
