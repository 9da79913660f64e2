/**
 * The projector lease on a real PostgreSQL: one holder at a time, a standby that takes over when the
 * holder gives the lease back, and a holder that steps down when its session is cut under it.
 */
import { DataSource } from 'typeorm';
import { createTestDatabase, eventually } from '@app/testing';
import { PROJECTOR_LEASE_APPLICATION, ProjectorLease, type LeaseState } from '../src/projector-lease';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

interface Contender {
  readonly lease: ProjectorLease;
  /** 'active' / 'stepped down' in the order the work was told. */
  readonly calls: string[];
  readonly states: LeaseState[];
}

describe('the projector lease', () => {
  let dataSource: DataSource;
  const contenders: Contender[] = [];

  beforeAll(async () => {
    dataSource = await new DataSource({
      type: 'postgres',
      url: await createTestDatabase('lease'),
      entities: [],
      synchronize: false,
      logging: ['error'],
    }).initialize();
  });
  afterEach(async () => {
    await Promise.all(contenders.splice(0).map(({ lease }) => lease.stop()));
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('is held by one contender, and the standby takes over once the holder gives it back', async () => {
    // Given one contender that holds the lease and another that tried after it.
    const first = contender();
    await first.lease.start();
    const second = contender();
    await second.lease.start();
    expect([first.lease.state, second.lease.state]).toEqual(['active', 'standby']);
    expect(second.calls).toEqual([]);

    // When the holder stops.
    await first.lease.stop();

    // Then it stepped down, and the standby becomes active on a later try.
    expect(first.calls).toEqual(['active', 'stepped down']);
    expect(first.lease.state).toBe('stopped');
    await eventually(
      async () => second.lease.state,
      (state) => state === 'active',
      5_000,
    );
    expect(second.calls).toEqual(['active']);
  });

  it('steps down when its session is cut, and exactly one contender holds it afterwards', async () => {
    // Given a holder and a standby.
    const first = contender();
    await first.lease.start();
    const second = contender();
    await second.lease.start();

    // When the holder's session is terminated on the server (as a restart or a dropped network would).
    const [{ terminated }] = await dataSource.query(
      `select count(pg_terminate_backend(l.pid))::int as terminated from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and a.application_name = $1 and a.datname = current_database()`,
      [PROJECTOR_LEASE_APPLICATION],
    );
    expect(terminated).toBe(1);

    // Then the holder stops its work, and one of the two (never both) is active again.
    await eventually(
      async () => first.calls,
      (calls) => calls.includes('stepped down'),
      5_000,
    );
    const [active] = await eventually(
      async () => [first, second].filter((c) => c.lease.state === 'active'),
      (holders) => holders.length === 1,
      5_000,
    );
    expect(active.calls[active.calls.length - 1]).toBe('active');
    expect([first, second].filter((c) => c.lease.state === 'active')).toHaveLength(1);
  });

  it('gives the lease back when the work cannot start, and tries again', async () => {
    // Given work whose first start fails.
    let attempts = 0;
    const calls: string[] = [];
    const lease = new ProjectorLease({
      dataSource,
      logger: quiet,
      options: { pollMs: 50, heartbeatMs: 100 },
      work: {
        becomeActive: async () => {
          attempts += 1;
          calls.push('active');
          if (attempts === 1) throw new Error('the schema could not be migrated');
        },
        stepDown: async () => void calls.push('stepped down'),
      },
    });
    contenders.push({ lease, calls, states: [] });

    // When the lease starts.
    await lease.start();

    // Then the failed start stepped down, and the next try holds the lease.
    await eventually(
      async () => lease.state,
      (state) => state === 'active',
      5_000,
    );
    expect(calls).toEqual(['active', 'stepped down', 'active']);
  });

  function contender(): Contender {
    const calls: string[] = [];
    const states: LeaseState[] = [];
    const lease = new ProjectorLease({
      dataSource,
      logger: quiet,
      options: { pollMs: 50, heartbeatMs: 100 },
      work: {
        becomeActive: async () => void calls.push('active'),
        stepDown: async () => void calls.push('stepped down'),
      },
      onState: (state) => states.push(state),
    });
    const made = { lease, calls, states };
    contenders.push(made);
    return made;
  }
});
