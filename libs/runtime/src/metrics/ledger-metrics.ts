/**
 * The process's Prometheus metrics (prom-client), on a registry of its own per application, so that
 * two apps in one process (the specs) never collide. Counters and histograms are fed where things
 * happen (HTTP answers, commands, appends, watcher rounds); the read side's gauges are read from the
 * database at scrape time (see projection-gauges.ts), so they are right in every process that serves them.
 */
import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import {
  EventStoreUnavailable,
  WrongExpectedVersion,
  inSpan,
  isConnectionFailure,
  type AppendResult,
  type CommandResult,
  type EventStore,
} from '@app/event-store';
import { DomainError } from '@app/supervision';

/** What became of a command: accepted (events appended), replayed (an Idempotency-Key seen before), or why it was refused. */
export type CommandOutcome =
  | 'accepted'
  | 'replayed'
  | 'unchanged'
  | 'invalid'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rule'
  | 'stale_revision'
  | 'unavailable'
  | 'error';

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

@Injectable()
export class LedgerMetrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP answers by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly commands = new Counter({
    name: 'ledger_commands_total',
    help: 'Commands handled, by command type and outcome',
    labelNames: ['type', 'result'] as const,
    registers: [this.registry],
  });
  readonly appendDuration = new Histogram({
    name: 'ledger_event_store_append_duration_seconds',
    help: 'Time of one append to the event store (successful or not)',
    labelNames: ['result'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({
    name: 'ledger_events_appended_total',
    help: 'Events appended to the log by this process',
    registers: [this.registry],
  });
  readonly watcherRounds = new Counter({
    name: 'ledger_deadline_watcher_rounds_total',
    help: 'Deadline watcher rounds, by result',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly watcherActs = new Counter({
    name: 'ledger_deadline_watcher_acts_total',
    help: 'Acts the deadline watcher sent, by kind (recorded, urged, failed)',
    labelNames: ['act'] as const,
    registers: [this.registry],
  });

  readonly notifierDeliveries = new Counter({
    name: 'ledger_notifier_deliveries_total',
    help: 'Tries of mail and webhook deliveries by this process, by channel and outcome (delivered, failed, dead)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly notifierRounds = new Counter({
    name: 'ledger_notifier_rounds_total',
    help: 'Notifier dispatch rounds (polls of the outbox) in this process, by result',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly reminderRounds = new Counter({
    name: 'ledger_notifier_reminder_rounds_total',
    help: 'Notifier reminder rounds in this process, by result',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly remindersWritten = new Counter({
    name: 'ledger_notifier_reminder_deliveries_total',
    help: 'Reminder deliveries the reminder rounds of this process wrote (each reminder once, whatever the rounds)',
    registers: [this.registry],
  });

  readonly notifierActive = new Gauge({
    name: 'ledger_notifier_active',
    help: 'Whether this process runs the notifier now (1: it holds the projector lease) or not (0)',
    registers: [this.registry],
  });

  readonly projectorActive = new Gauge({
    name: 'ledger_projector_active',
    help: 'Whether this process holds the projector lease and runs the projections (1) or stands by (0)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** A gauge read at scrape time; `collect` sets its values. */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect: (gauge: Gauge<L>) => Promise<void>,
  ): Gauge<L> {
    return new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        // A database away must not fail the scrape: the gauge is left empty, the counters still answer.
        await collect(this).catch(() => this.reset());
      },
    });
  }

  /** Counts a command's outcome by its type, in a span of its own when traces are on. */
  async command(type: string, run: () => Promise<CommandResult>): Promise<CommandResult> {
    try {
      const result = await inSpan(`command ${type}`, { attributes: { 'ledger.command.type': type } }, async (span) => {
        const done = await run();
        span.setAttributes({
          'ledger.command.appended_events': done.appendedEvents,
          'ledger.command.replayed': Boolean(done.replayed),
        });
        return done;
      });
      this.commands.inc({
        type,
        result: result.replayed ? 'replayed' : result.appendedEvents === 0 ? 'unchanged' : 'accepted',
      });
      return result;
    } catch (error) {
      this.commands.inc({ type, result: outcomeOf(error) });
      throw error;
    }
  }

  /** The store, with its appends timed and counted. */
  meter(store: EventStore): EventStore {
    const append = store.append.bind(store);
    const metered: EventStore = Object.create(store) as EventStore;
    metered.append = async (streamId, events, expected): Promise<AppendResult> => {
      const stop = this.appendDuration.startTimer();
      try {
        const result = await append(streamId, events, expected);
        stop({ result: 'ok' });
        this.eventsAppended.inc(events.length);
        return result;
      } catch (error) {
        stop({
          result:
            error instanceof WrongExpectedVersion
              ? 'wrong_expected_version'
              : isUnavailable(error)
                ? 'unavailable'
                : 'error',
        });
        throw error;
      }
    };
    return metered;
  }

  projectorLeaseState(state: 'starting' | 'active' | 'standby' | 'stopped'): void {
    this.projectorActive.set(state === 'active' ? 1 : 0);
  }

  watcherRound(round: { recorded: number; urged: number; failed: number } | 'failed'): void {
    if (round === 'failed') return void this.watcherRounds.inc({ result: 'failed' });
    this.watcherRounds.inc({ result: 'ok' });
    this.watcherActs.inc({ act: 'recorded' }, round.recorded);
    this.watcherActs.inc({ act: 'urged' }, round.urged);
    this.watcherActs.inc({ act: 'failed' }, round.failed);
  }

  notifierDelivery(channel: string, outcome: 'delivered' | 'failed' | 'dead'): void {
    this.notifierDeliveries.inc({ channel, outcome });
  }

  notifierRunning(running: boolean): void {
    this.notifierActive.set(running ? 1 : 0);
  }

  notifierRound(result: 'ok' | 'failed'): void {
    this.notifierRounds.inc({ result });
  }

  reminderRound(result: { written: number } | 'failed'): void {
    if (result === 'failed') return void this.reminderRounds.inc({ result: 'failed' });
    this.reminderRounds.inc({ result: 'ok' });
    this.remindersWritten.inc(result.written);
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

function isUnavailable(error: unknown): boolean {
  return error instanceof EventStoreUnavailable || isConnectionFailure(error);
}

function outcomeOf(error: unknown): CommandOutcome {
  if (error instanceof DomainError) return error.kind;
  if (error instanceof WrongExpectedVersion) return 'stale_revision';
  if (isUnavailable(error)) return 'unavailable';
  return 'error';
}
