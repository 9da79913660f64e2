/**
 * The read side as the API sees it: a ProjectionAdmin over PostgreSQL (status, waits, rebuilds,
 * checksums) and, in the embedded mode, the projector itself running in this process. The embedded
 * projector tells the admin's waits of each committed batch; otherwise the API learns of the
 * projector's progress through PostgreSQL, so the same code serves when it is a separate process.
 */
import { Inject, Injectable, Logger, Optional, type BeforeApplicationShutdown, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import { ProjectionAdmin, Projector, type Projection, type ProjectorOptionsInput } from '@app/projector';
import type { WatcherSettings } from './watcher-settings';

export interface ProjectorSettings {
  /** Run the projector inside the API process (the embedded mode); false when it runs as its own process. */
  readonly runInProcess: boolean;
  readonly options?: ProjectorOptionsInput;
  /** Defaults to every registered read model. */
  readonly projections?: readonly Projection[];
  /** The deadline watcher runs beside the projector when given and enabled (off in the end-to-end specs, which move time themselves). */
  readonly watcher?: WatcherSettings;
}

export const PROJECTOR_SETTINGS = Symbol('PROJECTOR_SETTINGS');

export function projectionAdminProvider(): Provider {
  return {
    provide: ProjectionAdmin,
    inject: [DataSource, EVENT_STORE, PROJECTOR_SETTINGS],
    useFactory: (dataSource: DataSource, store: EventStore, settings: ProjectorSettings) =>
      new ProjectionAdmin({ dataSource, store, projections: settings.projections ?? ALL_PROJECTIONS, options: settings.options, logger: new Logger('Projections') }),
  };
}

@Injectable()
export class EmbeddedProjector implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private projector?: Projector;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR_SETTINGS) private readonly settings: ProjectorSettings,
    // In the API: its read-your-writes waits hear of every committed batch (none in the projector's own process).
    @Optional() private readonly admin?: ProjectionAdmin,
  ) {}

  private started?: Promise<void>;

  onApplicationBootstrap(): Promise<void> {
    if (!this.settings.runInProcess) return Promise.resolve();
    const { options, projections = ALL_PROJECTIONS } = this.settings;
    this.projector = new Projector({ dataSource: this.dataSource, store: this.store, projections, options, logger: new Logger('Projector'), positions: this.admin?.positions });
    this.started = this.projector.start();
    return this.started;
  }

  /** Resolves once the projector's tables exist and its runners follow the log (at once when it does not run here). */
  async whenStarted(): Promise<void> {
    await this.started;
  }

  // Before the event store and the database close (their hooks run at onApplicationShutdown).
  async beforeApplicationShutdown(): Promise<void> {
    await this.projector?.stop();
  }
}
