/** Which notifications wake a store's readers: every other sender's, not its own (its readers were woken in process). */
import { Client } from 'pg';
import { createTestDatabase, eventually } from '@app/testing';
import { LOG_CHANNEL, LogNotifications } from '../../src/postgres/log-notifications';

describe("a store's notifications", () => {
  let url: string;
  let notifications: LogNotifications;
  let sender: Client;

  beforeEach(async () => {
    url = await createTestDatabase('notifications');
    notifications = new LogNotifications({ connectionString: url }, 'this-store');
    sender = new Client({ connectionString: url });
    await sender.connect();
    await notifications.next(0); // starts listening
    await eventually(() => listening(sender));
  });
  afterEach(async () => {
    await notifications.close();
    await sender.end();
  });

  const send = (payload: string) => sender.query('select pg_notify($1, $2)', [LOG_CHANNEL, payload]);

  it('given a notification from another store (another process, or one of an older version with no origin), its readers wake', async () => {
    await send('another-store');
    await eventually(() => notifications.wakeUps === 1, 3_000);
    await send('');
    await eventually(() => notifications.wakeUps === 2, 3_000);
  });

  it('given its own notification, its readers are not woken a second time, while a later one from elsewhere still wakes them', async () => {
    await send('this-store');
    await send('another-store');
    await eventually(() => notifications.wakeUps > 0, 3_000);
    // Notifications of one session arrive in the order sent: its own came first and was skipped.
    expect(notifications.wakeUps).toBe(1);
  });
});

async function listening(client: Client): Promise<boolean> {
  const { rowCount } = await client.query(
    "select 1 from pg_stat_activity where datname = current_database() and query ilike 'listen %'",
  );
  return (rowCount ?? 0) > 0;
}
