/**
 * What every feature module of the API stands on, provided once for all of them: the event store,
 * the clock, the metrics (which also count commands), and the read side's runtime (the projection
 * admin, and in the embedded mode the projector and the deadline watcher in this process).
 */
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { EventStoreConfig } from '@app/event-store';
import { EVENT_STORE } from '@app/event-store';
import { ProjectionAdmin } from '@app/projector';
import { CLOCK, COMMAND_OUTCOMES } from '@app/commands';
import type { Clock } from '@app/supervision';
import {
  EventStoreCloser,
  eventStoreProvider,
  EmbeddedProjector,
  LedgerMetrics,
  PROJECTOR_SETTINGS,
  projectionAdminProvider,
  type ProjectorSettings,
} from '@app/runtime';
import { DeadlineWatcherHost } from '@app/deadline-watcher';

export interface LedgerCoreOptions {
  readonly eventStore: EventStoreConfig;
  readonly clock: Clock;
  readonly projector: ProjectorSettings;
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
        CLOCK,
        PROJECTOR_SETTINGS,
        ProjectionAdmin,
        EmbeddedProjector,
      ],
    };
  }
}
