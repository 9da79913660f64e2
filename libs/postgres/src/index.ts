export * from './embedded-postgres';
export * from './free-port';
export * from './create-database';
export * from './running-embedded-postgres';
export * from './attach-database';
export * from './embedded-postgres-error';
export * from './database-reachable';
