import { createTestDatabase } from '../../../testing/src/test-database';
import { describeEventStoreContract } from '../event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

describeEventStoreContract('PostgreSQL', async () => PostgresEventStore.open({ connectionString: await createTestDatabase('contract'), pollIntervalMs: 200 }));
