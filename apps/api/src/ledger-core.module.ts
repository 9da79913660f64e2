/**
 * What every feature module of the API stands on, provided once for all of them: the event store,
 * the clock, the metrics (which also count commands), and the read side's runtime (the projection
 * admin, and in the embedded mode the projector and the deadline watcher in this process).
 */
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { EventStoreConfig } from '@app/event-store';
import { EVENT_STORE, LEDGER_HASH_ALGORITHM } from '@app/event-store';
import { ProjectionAdmin } from '@app/projector';
import { CLOCK, COMMAND_OUTCOMES } from '@app/commands';
import type { Clock } from '@app/supervision';
import {
  EventStoreCloser,
  eventStoreProvider,
  EmbeddedProjector,
  LedgerMetrics,
  ledgerHashAlgorithmProviders,
  type WantedHashAlgorithm,
  PROJECTOR_SETTINGS,
  projectionAdminProvider,
  type ProjectorSettings,
} from '@app/runtime';
import { DeadlineWatcherHost } from '@app/deadline-watcher';

export interface LedgerCoreOptions {
  readonly eventStore: EventStoreConfig;
  readonly clock: Clock;
  readonly projector: ProjectorSettings;
  /** The hash algorithm asked for: a new ledger takes it, an existing one keeps (and checks against) its own. */
  readonly hashAlgorithm: WantedHashAlgorithm;
}

@Global()
@Module({})
export class LedgerCoreModule {
  static register(options: LedgerCoreOptions): DynamicModule {
    return {
      module: LedgerCoreModule,
      providers: [
        LedgerMetrics,
        { provide: COMMAND_OUTCOMES, useExisting: LedgerMetrics },
        eventStoreProvider(options.eventStore),
        EventStoreCloser,
        ...ledgerHashAlgorithmProviders(options.hashAlgorithm),
        { provide: CLOCK, useValue: options.clock },
        { provide: PROJECTOR_SETTINGS, useValue: options.projector },
        projectionAdminProvider(),
        EmbeddedProjector,
        DeadlineWatcherHost,
      ],
      exports: [
        LedgerMetrics,
        COMMAND_OUTCOMES,
        EVENT_STORE,
        LEDGER_HASH_ALGORITHM,
        CLOCK,
        PROJECTOR_SETTINGS,
        ProjectionAdmin,
        EmbeddedProjector,
      ],
    };
  }
}
