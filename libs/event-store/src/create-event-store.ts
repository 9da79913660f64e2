/** Chooses and opens the event store adapter from configuration. */
import type { EventStore } from './event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';

export type EventStoreConfig =
  | { readonly kind: 'postgres'; readonly url: string; readonly pollIntervalMs?: number }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string };

export async function createEventStore(config: EventStoreConfig): Promise<EventStore> {
  if (config.kind === 'eventstoredb') return EventStoreDbEventStore.connect(config.connectionString);
  return PostgresEventStore.open({ connectionString: config.url, pollIntervalMs: config.pollIntervalMs });
}

/** EVENT_STORE=postgres|eventstoredb; a set EVENTSTORE_CONNECTION_STRING alone selects EventStoreDB; else PostgreSQL. */
export function eventStoreConfigFromEnv(env: NodeJS.ProcessEnv, postgresUrl: string): EventStoreConfig {
  const connectionString = env.EVENTSTORE_CONNECTION_STRING;
  const kind = env.EVENT_STORE ?? (connectionString ? 'eventstoredb' : 'postgres');
  if (kind === 'postgres') return { kind, url: postgresUrl };
  if (kind !== 'eventstoredb') throw new Error(`EVENT_STORE must be postgres or eventstoredb, not ${kind}`);
  if (!connectionString) throw new Error('EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING');
  return { kind, connectionString };
}
