// Runs only when EVENTSTORE_CONNECTION_STRING names a live server (jest.config.js leaves this file out otherwise).
import { describeEventStoreContract } from '../event-store.contract';
import { EventStoreDbEventStore } from '../../src/eventstoredb/eventstoredb-event-store';

describeEventStoreContract('EventStoreDB', () =>
  EventStoreDbEventStore.connect(process.env.EVENTSTORE_CONNECTION_STRING!),
);
