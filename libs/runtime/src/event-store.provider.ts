/** Provides the event store chosen by configuration, and closes it with the app. */
import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { EVENT_STORE, createEventStore, type EventStore, type EventStoreConfig } from '@app/event-store';

export function eventStoreProvider(config: EventStoreConfig): Provider {
  return { provide: EVENT_STORE, useFactory: () => createEventStore(config) };
}

@Injectable()
export class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
