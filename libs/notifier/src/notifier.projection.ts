/**
 * The notifier as a projection the projector engine runs: it follows the log like every read model
 * (checkpointed, resumed from its checkpoint, gap-safe, poison events parked), folds each task into
 * `notifier_tasks` and, in the same transaction, writes the deliveries each event causes. A batch seen
 * twice writes nothing twice: the task row keeps its revision and every delivery id is deterministic.
 */
import type { EntityManager } from 'typeorm';
import type { GlobalPosition } from '@app/event-store';
import type { Projection, TableNames } from '@app/projector';
import { TASK_STREAM_PREFIX, decodeTaskEvent } from '@app/supervision';
import { deliveriesFor, ensureDeliveryTables, writeDeliveries, type Telling } from './delivery-records';
import { noticesFor } from './notification-causes';
import {
  ensureOriginTable,
  isToldAfterOrigin,
  readOrigin,
  recordOriginOnce,
  type NotifierOrigin,
} from './notifier-origin';
import { evolveNotifierTask, occurredAtOf, type NotifierTask } from './notifier-task';
import type { NotificationRoutes } from './routes';

export const NOTIFIER = 'notifier';
export const NOTIFIER_TASKS = 'notifier_tasks';

/** What the notifier's first start records its origin from (notifier-origin.ts). */
export interface OriginSource {
  /** The log head now. */
  readonly head: () => Promise<GlobalPosition>;
  /** The clock's now. */
  readonly now: () => Date;
  /** NOTIFIER_LOOKBACK_DAYS: causes before the origin but at most this many days older are still told. */
  readonly lookbackDays: number;
}

export interface NotifierProjectionOptions {
  /** Where the first start takes its origin from; without it (a status reader, a checksum) none is recorded. */
  readonly origin?: OriginSource;
  /** The API's database role, granted its writes on the delivery tables (ensureDeliveryTables). */
  readonly applicationRole?: string;
}

export function notifierProjection(
  routes: NotificationRoutes,
  { origin: originSource, applicationRole }: NotifierProjectionOptions = {},
): Projection {
  // Read once found: the origin is written once and never changes.
  let origin: NotifierOrigin | undefined;
  return {
    name: NOTIFIER,
    schemaVersion: 1,
    tables: [NOTIFIER_TASKS],
    streamPrefixes: [TASK_STREAM_PREFIX],
    async createTables(manager, tables) {
      const table = quoted(tables[NOTIFIER_TASKS]);
      await manager.query(
        `create table if not exists ${table} (task_id text primary key, status text not null, state jsonb not null, revision bigint not null)`,
      );
      await manager.query(
        `create index if not exists ${quoted(`${tables[NOTIFIER_TASKS]}_status`)} on ${table} (status)`,
      );
      await ensureDeliveryTables(manager, applicationRole);
      await ensureOriginTable(manager);
      // The live tables only: a rebuild's or a checksum's scratch tables are no start of the notifier.
      if (originSource && tables[NOTIFIER_TASKS] === NOTIFIER_TASKS)
        await recordOriginOnce(manager, NOTIFIER, originSource.head, originSource.now());
    },
    async apply(manager, events, tables) {
      const tasks = await loadTasks(manager, tables, [
        ...new Set(events.map((event) => event.streamId.slice(TASK_STREAM_PREFIX.length))),
      ]);
      const changed = new Map<string, NotifierTask>();
      const tellings: Telling[] = [];
      origin ??= await readOrigin(manager);
      const lookbackDays = originSource?.lookbackDays ?? 0;
      for (const event of events) {
        const taskId = event.streamId.slice(TASK_STREAM_PREFIX.length);
        const before = tasks.get(taskId) ?? null;
        const occurredAt = occurredAtOf(event.data, event.recordedAt);
        const taskEvent = decodeTaskEvent(event);
        const after = evolveNotifierTask(before, taskEvent, event.revision, occurredAt);
        // The history before the notifier's first start is folded, not told (but for the look-back's days).
        const told = !origin || isToldAfterOrigin(origin, lookbackDays, event.position, occurredAt);
        for (const notice of told ? noticesFor(taskEvent, before, after) : []) {
          tellings.push({
            causeId: event.id,
            cause: notice.cause,
            taskId,
            recipients: notice.recipients,
            title: notice.title,
            body: notice.body,
            occurredAt,
          });
        }
        if (after && after !== before) {
          tasks.set(taskId, after);
          changed.set(taskId, after);
        }
      }
      await saveTasks(manager, tables, [...changed.values()]);
      await writeDeliveries(manager, deliveriesFor(tellings, routes));
    },
    checksumQueries: (tables) => [
      `select task_id, status, state, revision from ${quoted(tables[NOTIFIER_TASKS])} order by task_id`,
    ],
  };
}

interface TaskRow {
  task_id: string;
  state: Omit<NotifierTask, 'revision'>;
  revision: string;
}

export async function loadTasks(
  manager: EntityManager,
  tables: TableNames,
  taskIds: readonly string[] | 'open',
): Promise<Map<string, NotifierTask>> {
  const table = quoted(tables[NOTIFIER_TASKS]);
  const rows: TaskRow[] =
    taskIds === 'open'
      ? await manager.query(
          `select task_id, state, revision from ${table} where status in ('issued', 'sent_back', 'acknowledged', 'in_progress', 'completion_reported') order by task_id`,
        )
      : await manager.query(`select task_id, state, revision from ${table} where task_id = any($1)`, [taskIds]);
  return new Map(rows.map((row) => [row.task_id, { ...row.state, revision: BigInt(row.revision) }]));
}

async function saveTasks(manager: EntityManager, tables: TableNames, tasks: readonly NotifierTask[]): Promise<void> {
  if (tasks.length === 0) return;
  const rows = tasks.map(({ revision, ...state }) => ({
    task_id: state.taskId,
    status: state.status,
    state,
    revision: revision.toString(),
  }));
  await manager.query(
    `insert into ${quoted(tables[NOTIFIER_TASKS])} as t (task_id, status, state, revision)
     select r.task_id, r.status, r.state, r.revision from jsonb_to_recordset($1::jsonb) as r(task_id text, status text, state jsonb, revision bigint)
     on conflict (task_id) do update set status = excluded.status, state = excluded.state, revision = excluded.revision
     where t.revision < excluded.revision`,
    [JSON.stringify(rows)],
  );
}

function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
