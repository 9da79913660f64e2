/**
 * Runs the notifier wherever the projector runs: in the projector process, and in the API process in
 * the embedded mode (`npm start`), and only while that process holds the projector lease, like the
 * deadline watcher: one notifier across processes, and a standby's takes over when the holder dies.
 * Absent settings (most specs) or NOTIFIER_ENABLED=false: it does not run.
 */
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { EmbeddedProjector, LedgerMetrics, PROJECTOR_SETTINGS, type ProjectorSettings } from '@app/runtime';
import { CLOCK } from '@app/commands';
import type { Clock } from '@app/supervision';
import { Notifier } from './notifier';
import { NOTIFIER_SETTINGS, type NotifierSettings } from './notifier-settings';

@Injectable()
export class NotifierHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private notifier?: Notifier;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PROJECTOR_SETTINGS) private readonly projectorSettings: ProjectorSettings,
    private readonly projector: EmbeddedProjector,
    @Optional() @Inject(NOTIFIER_SETTINGS) private readonly settings?: NotifierSettings,
    @Optional() private readonly metrics?: LedgerMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const settings = this.settings;
    if (!this.projectorSettings.runInProcess || !settings?.enabled) return;
    // A fresh notifier each time this process becomes active: a stopped one has closed its channels.
    await this.projector.whileActive({
      start: async () => {
        const notifier = new Notifier({
          dataSource: this.dataSource,
          store: this.store,
          clock: this.clock,
          settings,
          logger: new Logger('Notifier'),
          projectorOptions: this.projectorSettings.options,
          events: this.metrics,
          readSideRanBefore: this.projector.readSideRanBefore,
        });
        this.notifier = notifier;
        await notifier.start();
        this.metrics?.notifierRunning(true);
      },
      stop: async () => {
        const notifier = this.notifier;
        this.notifier = undefined;
        this.metrics?.notifierRunning(false);
        await notifier?.stop();
      },
    });
  }

  /** The running notifier, if this process runs one now (it holds the projector lease). */
  get running(): Notifier | undefined {
    return this.notifier;
  }

  /** Whether the notifier is configured to run in this process (it runs while the process holds the lease). */
  get configured(): boolean {
    return Boolean(this.projectorSettings.runInProcess && this.settings?.enabled);
  }

  async beforeApplicationShutdown(): Promise<void> {
    const notifier = this.notifier;
    this.notifier = undefined;
    await notifier?.stop();
  }
}
