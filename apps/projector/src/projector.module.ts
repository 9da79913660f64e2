/**
 * The projector process's composition root: no HTTP, only the event store, PostgreSQL, the projector
 * with every registered read model, and the deadline watcher with the command path it sends through.
 */
import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EventStoreConfig } from '@app/event-store';
import { ExecuteTaskCommandHandler } from '@app/commands';
import { CLOCK, type Clock, EventStoreCloser, LedgerMetrics, eventStoreProvider, EmbeddedProjector, PROJECTOR_SETTINGS, type ProjectorSettings } from '@app/runtime';
import { DeadlineWatcherHost } from '@app/deadline-watcher';
import { NOTIFIER_SETTINGS, NotifierHost, type NotifierSettings } from '@app/notifier';

export interface ProjectorModuleOptions {
  readonly databaseUrl: string;
  readonly eventStore: EventStoreConfig;
  readonly clock: Clock;
  readonly projector: ProjectorSettings;
  readonly notifier?: NotifierSettings;
}

@Module({})
export class ProjectorModule {
  static register(options: ProjectorModuleOptions): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [CqrsModule.forRoot(), TypeOrmModule.forRoot({ type: 'postgres', url: options.databaseUrl, entities: [], synchronize: false, logging: false })],
      providers: [
        LedgerMetrics,
        eventStoreProvider(options.eventStore),
        EventStoreCloser,
        { provide: CLOCK, useValue: options.clock },
        { provide: PROJECTOR_SETTINGS, useValue: options.projector },
        EmbeddedProjector,
        DeadlineWatcherHost,
        ExecuteTaskCommandHandler,
        ...(options.notifier ? [{ provide: NOTIFIER_SETTINGS, useValue: options.notifier }, NotifierHost] : []),
      ],
    };
  }
}
