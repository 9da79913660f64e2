/**
 * Runs the notifier wherever the projector runs: in the projector process, and in the API process in
 * the embedded mode (`npm start`). Absent settings (most specs) or NOTIFIER_ENABLED=false: it does not run.
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
import { PROJECTOR_SETTINGS, type ProjectorSettings } from '@app/runtime';
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
    @Optional() @Inject(NOTIFIER_SETTINGS) private readonly settings?: NotifierSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.projectorSettings.runInProcess || !this.settings?.enabled) return;
    this.notifier = new Notifier({
      dataSource: this.dataSource,
      store: this.store,
      clock: this.clock,
      settings: this.settings,
      logger: new Logger('Notifier'),
      projectorOptions: this.projectorSettings.options,
    });
    await this.notifier.start();
  }

  /** The running notifier, if this process runs one. */
  get running(): Notifier | undefined {
    return this.notifier;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.notifier?.stop();
  }
}
