/** One round of reminders: the open tasks as the notifier knows them, the clock's now, the deliveries written (each once). */
import type { DataSource } from 'typeorm';
import type { Clock } from '@app/supervision';
import { liveTables } from '@app/projector';
import { deliveriesFor, writeDeliveries } from './delivery-records';
import { loadTasks } from './notifier.projection';
import { remindersFor, type ReminderPolicy } from './reminders';
import type { NotificationRoutes } from './routes';
import type { Projection } from '@app/projector';

export async function remindOnce(
  dataSource: DataSource,
  projection: Projection,
  clock: Clock,
  policy: ReminderPolicy,
  routes: NotificationRoutes,
): Promise<number> {
  const now = clock.now();
  const tasks = await loadTasks(dataSource.manager, liveTables(projection), 'open');
  const tellings = [...tasks.values()].flatMap((task) => remindersFor(task, now, policy));
  return writeDeliveries(dataSource.manager, deliveriesFor(tellings, routes));
}
