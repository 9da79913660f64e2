/**
 * Two projector processes on one database: exactly one holds the projector lease (a PostgreSQL
 * advisory lock) and runs the projections and the deadline watcher; the other stands by. The active
 * one is SIGKILLed in the middle of catching up; the standby must take over within 5 s, and the end
 * state must be what one projector would have made: every read model equal to a fresh rebuild, each
 * open task's missed deadline recorded once. Runs the compiled process (`npm test` builds dist/ first).
 */
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import {
  START,
  comparePositions,
  parsePosition,
  type EventStore,
  type GlobalPosition,
  type RecordedEvent,
} from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import { PROJECTOR_LEASE_APPLICATION, PROJECTOR_LEASE_KEY, ProjectionAdmin, readCheckpoints } from '@app/projector';
import { RECORDABLE_STATUSES } from '@app/deadline-watcher';
import { evolveTask, initialTaskState, isIssued, type TaskEvent, type TaskState } from '@app/supervision';
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
const ACQUIRED = 'projector lease acquired';
const STANDING_BY = 'standing by';
const WATCHER_STARTED = 'deadline watcher started';

interface Projector {
  readonly name: string;
  readonly child: ChildProcess;
  readonly output: string[];
}

describe('two projector processes under the projector lease', () => {
  let ledger: ProjectorTestLedger;
  let databaseUrl: string;
  let store: EventStore;
  let dataSource: DataSource;
  let admin: ProjectionAdmin;
  const started: Projector[] = [];

  beforeAll(async () => {
    assertProjectorBuilt();
    ledger = await openProjectorTestLedger('failover');
    ({ databaseUrl, store, dataSource } = ledger);
    admin = new ProjectionAdmin({ dataSource, store, projections: ALL_PROJECTIONS, logger: QUIET_LOGGER });
    await admin.status(); // creates the checkpoint table, so the spec can poll it before the first batch
  });
  afterAll(async () => {
    await Promise.all(started.map(({ child }) => stopGently(child)));
    await ledger.close();
  });

  it('lets the standby take over within 5 s of the active one being killed mid catch-up, with nothing applied or decided twice', async () => {
    // Given a ledger of a few thousand events whose open tasks are all past their deadline...
    const ledger = await appendRealisticLedger(store, { tasks: 600 });
    const head = await headShowing(store, ledger.lastPosition);
    const open = openTasks(await taskStreams());
    expect(open.length).toBeGreaterThan(50);

    // ...and two projector processes started while the lease is held elsewhere, so that both are up before either works.
    const holder = await holdLease();
    const first = startProjector('first');
    const second = startProjector('second');
    await eventually(
      async () => [first, second].every((p) => said(p, STANDING_BY)),
      (ready) => ready,
      30_000,
    );
    await holder.end();

    // When one of them wins the lease and is killed while its checkpoints are between the start and the head...
    const [active] = await eventually(
      async () => [first, second].filter((p) => said(p, ACQUIRED)),
      (winners) => winners.length > 0,
      10_000,
    );
    const standby = active === first ? second : first;
    expect(await leaseHolders()).toBe(1);
    const atKill = await eventually(
      checkpoints,
      (positions) => positions.some((position) => isBetween(position, START, head)),
      20_000,
      5,
    );
    expect(said(standby, ACQUIRED)).toBe(false);
    expect(said(standby, WATCHER_STARTED)).toBe(false);
    const killedAt = Date.now();
    active.child.kill('SIGKILL');
    await exited(active.child);

    // Then the standby holds the lease and moves the checkpoints on within 5 s...
    await eventually(
      async () => said(standby, ACQUIRED),
      (taken) => taken,
      10_000,
      10,
    );
    const leaseTakenMs = Date.now() - killedAt;
    const afterKill = await checkpoints();
    await eventually(
      checkpoints,
      (positions) =>
        positions.some(
          (position, i) => comparePositions(position, afterKill[i]) > 0 || comparePositions(position, head) >= 0,
        ),
      10_000,
      10,
    );
    const projectingAgainMs = Date.now() - killedAt;
    process.stdout.write(
      `projector failover: lease taken ${leaseTakenMs} ms and checkpoints moving ${projectingAgainMs} ms after the SIGKILL\n`,
    );
    expect(projectingAgainMs).toBeLessThan(5000);
    expect(atKill.some((position) => isBetween(position, START, head))).toBe(true);
    expect(await leaseHolders()).toBe(1);

    // ...catches up, and every read model equals what a rebuild from the log gives.
    expect(await admin.waitForPosition('all', head, 60_000)).toBe(true);
    for (const projection of ALL_PROJECTIONS) {
      const live = await admin.checksum(projection.name);
      expect(live.rows).toBeGreaterThan(0);
      expect(await admin.checksumOfFreshRebuild(projection.name, { until: parsePosition(live.position) })).toEqual(
        live,
      );
    }

    // And the two watchers together recorded each open task's missed deadline exactly once.
    const missedIn = (events: readonly RecordedEvent[]) => events.filter((event) => event.type === 'DeadlineMissed');
    const settled = await eventually(
      taskStreams,
      (streams) => open.every((streamId) => missedIn(streams.get(streamId)!).length >= 1),
      60_000,
      200,
    );
    for (const [streamId, events] of settled)
      expect([streamId, missedIn(events).length]).toEqual([streamId, open.includes(streamId) ? 1 : 0]);
    expect(said(standby, WATCHER_STARTED)).toBe(true);
  }, 180_000); // two processes catching up a few thousand events: longer than the default on a loaded machine

  function startProjector(name: string): Projector {
    const projector = {
      name,
      ...spawnProjector(
        {
          DATABASE_URL: databaseUrl,
          PROJECTOR_BATCH_SIZE: '40',
          PROJECTOR_LEASE_POLL_MS: '250',
          PROJECTOR_LEASE_HEARTBEAT_MS: '500',
          WATCHER_INTERVAL_MS: '200',
          LOG_LEVEL: 'log',
        },
        `projector ${name}`,
      ),
    };
    started.push(projector);
    return projector;
  }

  /** The spec itself holds the lease, in a session of its own, until it ends that session. */
  async function holdLease(): Promise<Client> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ locked: boolean }>(
      'select pg_try_advisory_lock(hashtextextended($1, 0)) as locked',
      [PROJECTOR_LEASE_KEY],
    );
    expect(rows[0].locked).toBe(true);
    return client;
  }

  /** Sessions of projector processes that hold an advisory lock on this database: the lease's, since nothing else holds one between batches for long. */
  async function leaseHolders(): Promise<number> {
    const [{ holders }] = await dataSource.query(
      `select count(*)::int as holders from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and a.application_name = $1 and a.datname = current_database()`,
      [PROJECTOR_LEASE_APPLICATION],
    );
    return holders;
  }

  async function checkpoints(): Promise<GlobalPosition[]> {
    const found = await readCheckpoints(
      dataSource.manager,
      ALL_PROJECTIONS.map((projection) => projection.name),
    );
    return ALL_PROJECTIONS.map((projection) => found.get(projection.name)?.position ?? START);
  }

  async function taskStreams(): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map<string, RecordedEvent[]>();
    for await (const batch of store.readAll({ streamPrefixes: ['task-'] })) {
      for (const event of batch) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
    }
    return streams;
  }
});

function said(projector: Projector, words: string): boolean {
  return projector.output.join('').includes(words);
}

function openTasks(streams: ReadonlyMap<string, readonly RecordedEvent[]>): string[] {
  return [...streams]
    .filter(([, events]) => RECORDABLE_STATUSES.includes(stateOf(events).status as never))
    .map(([streamId]) => streamId);
}

function stateOf(events: readonly RecordedEvent[]): TaskState {
  const state = events.reduce<TaskState>(
    (current, event) => evolveTask(current, event as unknown as TaskEvent),
    initialTaskState(),
  );
  if (!isIssued(state)) throw new Error('a task stream without TaskIssued');
  return state;
}

function isBetween(position: GlobalPosition, after: GlobalPosition, before: GlobalPosition): boolean {
  return comparePositions(position, after) > 0 && comparePositions(position, before) < 0;
}
