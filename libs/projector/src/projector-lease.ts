/**
 * Exactly one active projector per database, across processes: a session-level PostgreSQL advisory
 * lock held on a connection of its own. The holder runs the log reader and everything that must run
 * once (the deadline watcher); every other process stands by, trying the lock every `pollMs`. When the
 * holder dies, PostgreSQL ends its session and drops the lock with it, so the next try of a standby
 * wins: no lease row to expire, no clock to trust.
 *
 * One lease for the whole process rather than one per projection: a single reader feeds every read
 * model (the log is read once), and the watcher reads one of them, so splitting them would read the log
 * several times for no gain; a second process is there to take over, not to share the load.
 *
 * The holder checks its session every `heartbeatMs` and steps down when it fails (the database
 * restarted, the network dropped): the lock may already be another's. Should two runners still overlap
 * for a moment, nothing is applied twice: each batch takes the projection's transaction lock and skips
 * what its checkpoint already covers, and the watcher's acts carry deterministic command ids.
 */
import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import { pause } from './failures';
import type { ProjectorLogger } from './projector-options';

/** Hashed like the rebuild locks (`rebuild:<name>`) and the batch locks (`projection:<name>`), apart from both. */
export const PROJECTOR_LEASE_KEY = 'projector:lease';

/** How the session holding the lease shows in pg_stat_activity (and in the held-back log's owner). */
export const PROJECTOR_LEASE_APPLICATION = 'ledger-projector-lease';

export interface LeaseOptions {
  /** A standby tries the lock this often: the failover time is at most this plus the new holder's start. */
  readonly pollMs: number;
  /** The holder checks that its session is alive this often (and waits this long for the answer). */
  readonly heartbeatMs: number;
}

export const DEFAULT_LEASE_OPTIONS: LeaseOptions = { pollMs: 1000, heartbeatMs: 1000 };

/** What runs while this process holds the lease. */
export interface LeaseWork {
  /** Called when the lease is gained; a rejection gives the lease back and the next try starts over. */
  becomeActive(): Promise<void>;
  /** Called when the lease is lost, given back or the process stops; must not throw. */
  stepDown(): Promise<void>;
}

export type LeaseState = 'starting' | 'active' | 'standby' | 'stopped';

export interface ProjectorLeaseConfig {
  /** The lease's session connects like this data source (its own connection, outside the pool). */
  readonly dataSource: DataSource;
  readonly work: LeaseWork;
  readonly logger: ProjectorLogger;
  readonly options?: Partial<LeaseOptions>;
  /** Told each change of state (metrics, status). */
  readonly onState?: (state: LeaseState) => void;
}

export class ProjectorLease {
  private readonly options: LeaseOptions;
  private readonly abort = new AbortController();
  private running?: Promise<void>;
  private client?: Client;
  private stateNow: LeaseState = 'starting';

  constructor(private readonly config: ProjectorLeaseConfig) {
    this.options = { ...DEFAULT_LEASE_OPTIONS, ...config.options };
  }

  get state(): LeaseState {
    return this.stateNow;
  }

  /**
   * Makes the first try and resolves once it is decided: after the work has started when the lease was
   * free, at once when another process holds it (this one then stands by in the background).
   */
  start(): Promise<void> {
    if (this.running) return Promise.resolve();
    let firstTryDecided!: () => void;
    const decided = new Promise<void>((resolve) => (firstTryDecided = resolve));
    this.running = this.run(firstTryDecided).finally(firstTryDecided);
    return decided;
  }

  /** Steps down (the work stops first) and gives the lease back by ending its session. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
  }

  private async run(firstTryDecided: () => void): Promise<void> {
    const { logger, work } = this.config;
    const signal = this.abort.signal;
    let announcedStandby = false;
    while (!signal.aborted) {
      const client = await this.tryLock();
      if (!client) {
        if (!announcedStandby)
          logger.log(`projector lease held by another process: standing by, trying every ${this.options.pollMs} ms`);
        announcedStandby = true;
        this.setState('standby');
        firstTryDecided();
        await pause(this.options.pollMs, signal);
        continue;
      }
      announcedStandby = false;
      logger.log(`projector lease acquired by process ${process.pid}: this process runs the projections`);
      try {
        await work.becomeActive();
        this.setState('active');
        firstTryDecided();
        const lost = await this.holdWhileAlive(client);
        if (lost) logger.error(`projector lease lost (${lost}): stopping the projections, then trying again`);
      } catch (error) {
        if (!signal.aborted)
          logger.error(
            `the projections could not start under the lease (${describe(error)}): giving it back, then trying again`,
          );
      } finally {
        await work.stepDown();
        // Not active from here on, until a later try wins the lease again (the state must never say active for work that stopped).
        this.setState('standby');
        await this.endSession();
      }
      if (!signal.aborted) await pause(this.options.pollMs, signal);
    }
    await this.endSession();
    this.setState('stopped');
  }

  /** The session holding the lock, or undefined when another holds it or the database does not answer. */
  private async tryLock(): Promise<Client | undefined> {
    try {
      const client = this.client ?? (await this.connect());
      const { rows } = await client.query<{ locked: boolean }>(
        'select pg_try_advisory_lock(hashtextextended($1, 0)) as locked',
        [PROJECTOR_LEASE_KEY],
      );
      return rows[0].locked ? client : undefined;
    } catch (error) {
      this.config.logger.warn(`projector lease: the database did not answer the try (${describe(error)})`);
      await this.endSession();
      return undefined;
    }
  }

  /** Resolves with the reason the session failed, or undefined once the lease is being stopped. */
  private async holdWhileAlive(client: Client): Promise<string | undefined> {
    const signal = this.abort.signal;
    let broken: string | undefined;
    const onBroken = (error?: Error) => (broken ??= error ? describe(error) : 'the session ended');
    client.on('error', onBroken);
    client.on('end', onBroken);
    try {
      while (!signal.aborted && broken === undefined) {
        await pause(this.options.heartbeatMs, signal);
        if (signal.aborted || broken !== undefined) break;
        try {
          await client.query('select 1');
        } catch (error) {
          broken ??= describe(error);
        }
      }
      return signal.aborted ? undefined : broken;
    } finally {
      client.off('error', onBroken);
      client.off('end', onBroken);
    }
  }

  private async connect(): Promise<Client> {
    const client = new Client({
      ...connectionOf(this.config.dataSource),
      application_name: PROJECTOR_LEASE_APPLICATION,
      keepAlive: true,
      query_timeout: this.options.heartbeatMs * 3,
    });
    // A broken session emits 'error'; without a listener that would end the process.
    client.on('error', () => undefined);
    this.client = client;
    try {
      await client.connect();
    } catch (error) {
      this.client = undefined;
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  private async endSession(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private setState(state: LeaseState): void {
    if (this.stateNow === state) return;
    this.stateNow = state;
    this.config.onState?.(state);
  }
}

/** The data source's connection settings, for a pg client of the lease's own. */
export function connectionOf(dataSource: DataSource): ClientConfig {
  const options = dataSource.options as {
    url?: string;
    host?: string;
    port?: number;
    username?: string;
    password?: string;
    database?: string;
  };
  if (options.url) return { connectionString: options.url };
  return {
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
    database: options.database,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
