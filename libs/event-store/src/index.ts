export * from './event-store.port';
export * from './event-store.errors';
export * from './global-position';
export * from './hash-chain';
export * from './handle-command';
export * from './fold-stream';
export * from './create-event-store';
export { PostgresEventStore } from './postgres/postgres-event-store';
export { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
