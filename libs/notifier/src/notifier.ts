/**
 * The notifier as it runs: a projector of its own (the engine's public API, one projection) that
 * follows the log into delivery records, the reminder rounds the clock drives, and the dispatcher
 * that empties the outbox. Its own log reader, so the read models' runner, rebuilds and status are
 * untouched by it, and a channel outage or a slow SMTP server never holds a read model back.
 */
import type { DataSource } from 'typeorm';
import { START, type EventStore } from '@app/event-store';
import { Projector, type ProjectorLogger, type ProjectorOptionsInput, type Projection } from '@app/projector';
import type { Clock } from '@app/supervision';
import { channelSenders } from './channels';
import { Dispatcher, type NotifierEvents } from './dispatcher';
import { notifierProjection } from './notifier.projection';
import type { NotifierSettings } from './notifier-settings';
import { remindOnce } from './reminder-round';

export interface NotifierDeps {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly clock: Clock;
  readonly settings: NotifierSettings;
  readonly logger: ProjectorLogger;
  readonly projectorOptions?: ProjectorOptionsInput;
  /** The metrics, told of every try and round. */
  readonly events?: NotifierEvents;
  /**
   * Whether the ledger's read side ran before this start (default true). False on a ledger whose
   * projector never ran, where the commands taken meanwhile wait to be told: the first start's origin
   * is then the start of the log, not its head.
   */
  readonly readSideRanBefore?: boolean;
}

export class Notifier {
  readonly projection: Projection;
  private readonly projector: Projector;
  private readonly dispatcher: Dispatcher;
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;
  private running = false;

  constructor(private readonly deps: NotifierDeps) {
    this.projection = notifierProjection(deps.settings.routes, {
      origin: {
        head: () => (deps.readSideRanBefore === false ? Promise.resolve(START) : deps.store.headPosition()),
        now: () => deps.clock.now(),
        lookbackDays: deps.settings.lookbackDays,
      },
      applicationRole: deps.settings.applicationRole,
    });
    this.projector = new Projector({
      dataSource: deps.dataSource,
      store: deps.store,
      projections: [this.projection],
      options: deps.projectorOptions,
      logger: deps.logger,
    });
    this.dispatcher = new Dispatcher(
      deps.dataSource,
      channelSenders(deps.settings.channels),
      deps.settings.dispatch,
      deps.logger,
      deps.events,
    );
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.projector.start();
    this.dispatcher.start();
    this.scheduleReminders(0);
    this.deps.logger.log(
      `notifier started: ${Object.keys(this.deps.settings.routes).length} routes, reminders every ${this.deps.settings.reminders.intervalMs} ms`,
    );
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.timer);
    await this.round;
    await this.dispatcher.stop();
    await this.projector.stop();
  }

  /** One reminder round at the clock's now; answers how many deliveries it wrote (the specs move the clock and call it). */
  remindOnce(): Promise<number> {
    const { dataSource, clock, settings } = this.deps;
    return remindOnce(dataSource, this.projection, clock, settings.reminders, settings.routes);
  }

  /** Sends what is due now (the dispatcher also does, every poll). */
  dispatchDue() {
    return this.dispatcher.dispatchDue();
  }

  private scheduleReminders(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.round = this.remindOnce()
        .then((written) => this.deps.events?.reminderRound({ written }))
        .catch((error: unknown) => {
          this.deps.events?.reminderRound('failed');
          this.deps.logger.error(`reminder round failed: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => {
          if (this.running) this.scheduleReminders(this.deps.settings.reminders.intervalMs);
        });
    }, delayMs);
  }
}
