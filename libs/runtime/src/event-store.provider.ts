/** Provides the event store chosen by configuration, and closes it with the app. */
import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { EVENT_STORE, createEventStore, type EventStore, type EventStoreConfig } from '@app/event-store';
import { LedgerMetrics } from './metrics/ledger-metrics';
import { traceAppends } from './tracing/traced-store';

/** With LedgerMetrics provided in the module, appends are timed and counted; each append is a span when traces are on. */
export function eventStoreProvider(config: EventStoreConfig): Provider {
  return {
    provide: EVENT_STORE,
    useFactory: async (metrics?: LedgerMetrics) => {
      const store = traceAppends(await createEventStore(config));
      return metrics ? metrics.meter(store) : store;
    },
    inject: [{ token: LedgerMetrics, optional: true }],
  };
}

@Injectable()
export class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
