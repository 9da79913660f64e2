/**
 * The read side as the API sees it: a ProjectionAdmin over PostgreSQL (status, waits, rebuilds,
 * checksums) and, in the embedded mode, the projector itself running in this process. The embedded
 * projector tells the admin's waits of each committed batch; otherwise the API learns of the
 * projector's progress through PostgreSQL, so the same code serves when it is a separate process.
 *
 * The projector writes through its own small pool, not the API's: under a load of reads and commands
 * its batches (and so every read-your-writes wait) would otherwise queue behind them for a connection.
 * With `worker` set it runs in a worker thread of this process (projector-thread.ts): every round trip
 * of a batch otherwise waits its turn in an event loop busy with hundreds of requests a second, which
 * made a batch of a few events take tens of milliseconds, and the requests shared a core with its folds.
 */
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type Provider,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { EVENT_STORE, type EventStore, type EventStoreConfig } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import {
  CheckpointListener,
  connectionOf,
  ProjectionAdmin,
  Projector,
  ProjectorLease,
  projectorPoolOptions,
  type LeaseOptions,
  type LeaseState,
  type Projection,
  type ProjectorOptionsInput,
} from '@app/projector';
import type { WatcherSettings } from './watcher-settings';
import { ProjectorThread } from './projector-thread';
import { LedgerMetrics } from './metrics/ledger-metrics';

export interface ProjectorSettings {
  /** Run the projector inside the API process (the embedded mode); false when it runs as its own process. */
  readonly runInProcess: boolean;
  readonly options?: ProjectorOptionsInput;
  /** Defaults to every registered read model. */
  readonly projections?: readonly Projection[];
  /** The deadline watcher runs beside the projector when given and enabled (off in the end-to-end specs, which move time themselves). */
  readonly watcher?: WatcherSettings;
  /** How often a standby tries the projector lease and the holder checks its session (defaults: 1 s each). */
  readonly lease?: Partial<LeaseOptions>;
  /**
   * Run the embedded projector in a worker thread, over its own connections to this event store and to
   * the read models' database (PROJECTOR_THREAD=worker in the API's main). Absent: in this
   * thread. Only for the registered read models (a worker imports them by name) and a database given by URL.
   */
  readonly worker?: { readonly eventStore: EventStoreConfig; readonly script?: string };
}

/** Something that must run in one process only, where the projector is active (the deadline watcher). */
export interface WhileActive {
  start(): void | Promise<void>;
  stop(): Promise<void>;
}

export const PROJECTOR_SETTINGS = Symbol('PROJECTOR_SETTINGS');

export function projectionAdminProvider(): Provider {
  return {
    provide: ProjectionAdmin,
    inject: [DataSource, EVENT_STORE, PROJECTOR_SETTINGS],
    useFactory: (dataSource: DataSource, store: EventStore, settings: ProjectorSettings) =>
      new ProjectionAdmin({
        dataSource,
        store,
        projections: settings.projections ?? ALL_PROJECTIONS,
        options: settings.options,
        logger: new Logger('Projections'),
      }),
  };
}

@Injectable()
export class EmbeddedProjector implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private lease?: ProjectorLease;
  private projector?: Projector | ProjectorThread;
  private projectorDatabase?: DataSource;
  private readonly companions: WhileActive[] = [];
  private checkpointListener?: CheckpointListener;
  private active = false;
  private ranBefore = false;
  private started?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR_SETTINGS) private readonly settings: ProjectorSettings,
    // In the API: its read-your-writes waits hear of every committed batch (none in the projector's own process).
    @Optional() private readonly admin?: ProjectionAdmin,
    @Optional() private readonly metrics?: LedgerMetrics,
  ) {}

  /**
   * Runs the projector under the lease (projector-lease.ts): at once when no other process holds it,
   * otherwise this process stands by and takes over when the holder's session dies.
   */
  async onApplicationBootstrap(): Promise<void> {
    // Whichever process projects (this one, another API holding the lease, the projector's own), its
    // committed batches wake this process's read-your-writes waits (checkpoint-notifications.ts).
    if (this.admin && this.dataSource.options.type === 'postgres') {
      this.checkpointListener = new CheckpointListener(
        connectionOf(this.dataSource),
        this.admin.positions,
        new Logger('Projections'),
      );
      await this.checkpointListener.start();
    }
    if (!this.settings.runInProcess) return;
    const logger = new Logger('ProjectorLease');
    this.lease = new ProjectorLease({
      dataSource: this.dataSource,
      logger,
      options: this.settings.lease,
      work: { becomeActive: () => this.becomeActive(), stepDown: () => this.stepDown(logger) },
      onState: (state: LeaseState) => this.metrics?.projectorLeaseState(state),
    });
    this.started = this.lease.start();
    await this.started;
  }

  /** Resolves once the first try of the lease is decided: the tables exist and the runners follow the log when this process won it. */
  async whenStarted(): Promise<void> {
    await this.started;
  }

  /** Whether this process holds the lease and runs the projections now. */
  get isActive(): boolean {
    return this.active;
  }

  /**
   * Whether any projection had a checkpoint before this process last became active: the ledger's read
   * side ran before, so a log found here has a history someone already worked with. Read before the
   * read models start, so their first batches in this process do not count.
   */
  get readSideRanBefore(): boolean {
    return this.ranBefore;
  }

  /** Runs `companion` whenever this process is the active projector, and stops it when it stops being so. */
  async whileActive(companion: WhileActive): Promise<void> {
    this.companions.push(companion);
    if (this.active) await companion.start();
  }

  // Before the event store and the database close (their hooks run at onApplicationShutdown).
  async beforeApplicationShutdown(): Promise<void> {
    await this.lease?.stop();
    await this.checkpointListener?.close();
  }

  private async becomeActive(): Promise<void> {
    const { options, projections = ALL_PROJECTIONS } = this.settings;
    const thread = this.inWorker(projections);
    this.ranBefore = await anyCheckpoint(this.dataSource);
    if (thread) {
      this.projector = thread;
      // Its log reader is woken by the appends' notifications (coalesced: one in flight at a time). Woken by
      // message at every append of this thread instead, it read the log (and applied a batch of one event, in
      // every read model) per command: the database's CPU per command tripled and commands/s fell by a quarter.
      await thread.start();
      await this.nowActive();
      return;
    }
    this.projectorDatabase = await ownPool(this.dataSource, projections.length);
    this.projector = new Projector({
      dataSource: this.projectorDatabase,
      store: this.store,
      projections,
      options,
      logger: new Logger('Projector'),
      positions: this.admin?.positions,
    });
    await this.projector.start();
    await this.nowActive();
  }

  private async nowActive(): Promise<void> {
    this.active = true;
    for (const companion of this.companions) await companion.start();
  }

  /** The worker thread to run the projections in, when the settings ask for one and it can serve them. */
  private inWorker(projections: readonly Projection[]): ProjectorThread | undefined {
    const worker = this.settings.worker;
    if (!worker) return undefined;
    const url = this.dataSource.options.type === 'postgres' ? this.dataSource.options.url : undefined;
    const registered = projections.every((projection) => ALL_PROJECTIONS.includes(projection));
    const logger = new Logger('Projector');
    if (url === undefined || !registered || !ProjectorThread.available(worker.script)) {
      logger.warn(
        `the projector runs in the API's thread: ${url === undefined ? 'the database is not given by URL' : !registered ? 'a read model is not a registered one' : 'the compiled worker is not there'}`,
      );
      return undefined;
    }
    const options = this.dataSource.options as PostgresDataSourceOptions;
    return new ProjectorThread({
      data: {
        eventStore: worker.eventStore,
        database: { url, extra: options.extra as Record<string, unknown> | undefined },
        projections: projections.map((projection) => projection.name),
        options: this.settings.options,
      },
      logger,
      positions: this.admin?.positions,
      script: worker.script,
    });
  }

  private async stepDown(logger: Logger): Promise<void> {
    const wasActive = this.active;
    this.active = false;
    if (wasActive) {
      for (const companion of [...this.companions].reverse()) {
        await companion
          .stop()
          .catch((error: unknown) =>
            logger.error(
              `stopping a companion of the projector failed: ${error instanceof Error ? error.message : String(error)}`,
            ),
          );
      }
    }
    await this.projector
      ?.stop()
      .catch((error: unknown) =>
        logger.error(`stopping the projector failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    this.projector = undefined;
    await this.projectorDatabase
      ?.destroy()
      .catch((error: unknown) =>
        logger.error(`closing the projector's pool failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    this.projectorDatabase = undefined;
  }
}

/**
 * The same database as `shared`, through a pool of the projector's own: a connection for each
 * projection's batch transaction (they apply side by side) and one for its other reads.
 */
async function ownPool(shared: DataSource, projections: number): Promise<DataSource> {
  if (shared.options.type !== 'postgres') return shared;
  return new DataSource(projectorPoolOptions(shared.options, projections, 'ledger projector batches')).initialize();
}

async function anyCheckpoint(dataSource: DataSource): Promise<boolean> {
  const [{ ran }]: { ran: boolean }[] = await dataSource.query(
    `select to_regclass('projection_checkpoints') is not null as ran`,
  );
  if (!ran) return false;
  const rows: unknown[] = await dataSource.query(`select 1 from projection_checkpoints limit 1`);
  return rows.length > 0;
}
