/**
 * The projector process's composition root: no HTTP, only the event store, PostgreSQL, the projector
 * with every registered read model, and the deadline watcher with the command path it sends through.
 */
import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EventStoreConfig, HashAlgorithm } from '@app/event-store';
import { ExecuteCommandHandler, CLOCK, COMMAND_OUTCOMES } from '@app/commands';
import {
  EventStoreCloser,
  LedgerMetrics,
  eventStoreProvider,
  EmbeddedProjector,
  ledgerHashAlgorithmProviders,
  PROJECTOR_SETTINGS,
  type ProjectorSettings,
} from '@app/runtime';
import type { Clock } from '@app/supervision';
import { DeadlineWatcherHost } from '@app/deadline-watcher';
import { NOTIFIER_SETTINGS, NotifierHost, type NotifierSettings } from '@app/notifier';

export interface ProjectorModuleOptions {
  readonly databaseUrl: string;
  readonly eventStore: EventStoreConfig;
  readonly clock: Clock;
  readonly projector: ProjectorSettings;
  readonly notifier?: NotifierSettings;
  /** LEDGER_HASH_ALGORITHM as given, and what LEDGER_SIGNATURE_ALGORITHM implies for a ledger not yet created. */
  readonly hashAlgorithm: { readonly explicit?: HashAlgorithm; readonly implied: HashAlgorithm };
}

@Module({})
export class ProjectorModule {
  static register(options: ProjectorModuleOptions): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.databaseUrl,
          entities: [],
          synchronize: false,
          logging: false,
        }),
      ],
      providers: [
        LedgerMetrics,
        { provide: COMMAND_OUTCOMES, useExisting: LedgerMetrics },
        eventStoreProvider(options.eventStore),
        EventStoreCloser,
        ...ledgerHashAlgorithmProviders(options.hashAlgorithm),
        { provide: CLOCK, useValue: options.clock },
        { provide: PROJECTOR_SETTINGS, useValue: options.projector },
        EmbeddedProjector,
        DeadlineWatcherHost,
        ExecuteCommandHandler,
        ...(options.notifier ? [{ provide: NOTIFIER_SETTINGS, useValue: options.notifier }, NotifierHost] : []),
      ],
    };
  }
}
