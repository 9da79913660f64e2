/** Chooses and opens the event store adapter from configuration. */
import type { EventStore } from './event-store.port';
import { PostgresEventStore, type DatabaseTimeouts } from './postgres/postgres-event-store';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';

export type EventStoreConfig =
  | {
      readonly kind: 'postgres';
      readonly url: string;
      readonly pollIntervalMs?: number;
      readonly timeouts?: DatabaseTimeouts;
    }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string };

export async function createEventStore(config: EventStoreConfig): Promise<EventStore> {
  if (config.kind === 'eventstoredb') return EventStoreDbEventStore.connect(config.connectionString);
  return PostgresEventStore.open({
    connectionString: config.url,
    pollIntervalMs: config.pollIntervalMs,
    timeouts: config.timeouts,
  });
}
