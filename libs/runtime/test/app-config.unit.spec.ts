/** Which event store adapter the environment selects, and the start-up errors for the ones it cannot. */
import { loadAppConfig } from '../src/app-config';

describe('choosing the event store adapter', () => {
  const eventStoreFor = (env: NodeJS.ProcessEnv) =>
    loadAppConfig({ DATA_DIR: '/tmp/ledger-config-spec', ...env }).eventStore;
  const ESDB = 'esdb://localhost:2113?tls=false';

  it('uses PostgreSQL when nothing is said', () => {
    expect(eventStoreFor({})).toEqual({ kind: 'postgres' });
  });

  it('uses EventStoreDB when only a connection string is given', () => {
    expect(eventStoreFor({ EVENTSTORE_CONNECTION_STRING: ESDB })).toEqual({
      kind: 'eventstoredb',
      connectionString: ESDB,
    });
  });

  it('follows an explicit EVENT_STORE over the presence of a connection string', () => {
    expect(eventStoreFor({ EVENT_STORE: 'postgres', EVENTSTORE_CONNECTION_STRING: ESDB })).toEqual({
      kind: 'postgres',
    });
    expect(eventStoreFor({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: ESDB })).toEqual({
      kind: 'eventstoredb',
      connectionString: ESDB,
    });
  });

  it('takes an empty variable as unset, as a cleared one in a spawned environment is', () => {
    expect(eventStoreFor({ EVENT_STORE: '', EVENTSTORE_CONNECTION_STRING: '' })).toEqual({ kind: 'postgres' });
    expect(eventStoreFor({ EVENT_STORE: '', EVENTSTORE_CONNECTION_STRING: ESDB })).toEqual({
      kind: 'eventstoredb',
      connectionString: ESDB,
    });
  });

  it('refuses to start with EventStoreDB and no connection string', () => {
    expect(() => eventStoreFor({ EVENT_STORE: 'eventstoredb' })).toThrow(
      'EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING',
    );
    expect(() => eventStoreFor({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: '' })).toThrow(
      'EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING',
    );
  });

  it('refuses to start with an adapter it does not know, and names it', () => {
    expect(() => eventStoreFor({ EVENT_STORE: 'mongodb' })).toThrow(
      'EVENT_STORE must be postgres or eventstoredb, not mongodb',
    );
    expect(() => eventStoreFor({ EVENT_STORE: 'Postgres' })).toThrow(
      'EVENT_STORE must be postgres or eventstoredb, not Postgres',
    );
  });
});
