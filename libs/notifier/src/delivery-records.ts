/**
 * The delivery records (`notification_deliveries`): one row per (cause, recipient, channel, address),
 * keyed by its deterministic id, so writing the same delivery twice is a no-op. It is the outbox too: a
 * mail or webhook row waits `pending`, is tried by the dispatcher, ends `delivered` or, after the last
 * try, `dead` (an operator may retry it). Inbox rows are delivered the moment they are written. Not a
 * rebuildable read model: its status is what happened outside, so no rebuild ever drops it.
 */
import type { EntityManager } from 'typeorm';
import type { NotificationCause } from './notification-causes';
import type { Recipient } from './recipients';
import { deliveryId, type Channel, type NotificationRoutes, routesFor } from './routes';

export const DELIVERIES_TABLE = 'notification_deliveries';
export const READS_TABLE = 'notification_reads';

export type DeliveryStatus = 'pending' | 'failed' | 'delivered' | 'dead';

export interface DeliveryRecord {
  readonly id: string;
  readonly causeId: string;
  readonly cause: NotificationCause;
  readonly taskId: string | null;
  readonly recipient: Recipient;
  readonly channel: Channel;
  readonly address: string;
  readonly title: string;
  readonly body: string;
  /** When the act or the reminder's day happened (the command clock's time). */
  readonly occurredAt: string;
}

/** A cause to tell: what noticesFor or the reminders decided, before routing. */
export interface Telling {
  readonly causeId: string;
  readonly cause: NotificationCause;
  readonly taskId: string | null;
  readonly recipients: readonly Recipient[];
  readonly title: string;
  readonly body: string;
  readonly occurredAt: string;
}

/**
 * The columns an operator's retry sets (retryDelivery): all the API may change in a delivery. Its
 * title, body, recipient and address stay what the log caused.
 */
export const RETRY_COLUMNS = ['status', 'attempts', 'next_attempt_at', 'last_error'] as const;

export async function ensureDeliveryTables(manager: EntityManager, applicationRole?: string): Promise<void> {
  await manager.query(
    `create table if not exists ${DELIVERIES_TABLE} (
       id uuid primary key, cause_id text not null, cause text not null, task_id text, recipient text not null,
       channel text not null, address text not null, title text not null, body text not null,
       occurred_at timestamptz not null, status text not null, attempts integer not null default 0,
       next_attempt_at timestamptz, last_error text, delivered_at timestamptz, created_at timestamptz not null default now(),
       -- Written in log order: what orders notifications of the same instant.
       seq bigserial not null)`,
  );
  await manager.query(
    `create index if not exists ${DELIVERIES_TABLE}_inbox on ${DELIVERIES_TABLE} (recipient, occurred_at desc, seq desc) where channel = 'inbox'`,
  );
  await manager.query(
    `create index if not exists ${DELIVERIES_TABLE}_due on ${DELIVERIES_TABLE} (next_attempt_at) where status in ('pending', 'failed')`,
  );
  await manager.query(
    `create index if not exists ${DELIVERIES_TABLE}_task on ${DELIVERIES_TABLE} (task_id, occurred_at)`,
  );
  await manager.query(
    `create table if not exists ${READS_TABLE} (delivery_id uuid not null, user_id text not null, read_at timestamptz not null, primary key (delivery_id, user_id))`,
  );
  if (applicationRole) await grantApplicationWrites(manager, applicationRole);
}

/**
 * With separate database roles the projector owns these tables and the API only reads them (the
 * schema's default privileges), yet the API writes two things: a read mark (markInboxRead) and an
 * operator's retry (retryDelivery). Granted only where the role exists, is not ourselves (the embedded
 * mode's projector runs as the API's role) and we own both tables (only the owner may grant); GRANT
 * is idempotent, so every start may run it.
 */
async function grantApplicationWrites(manager: EntityManager, role: string): Promise<void> {
  const [{ grant }]: { grant: boolean }[] = await manager.query(
    `select exists (select 1 from pg_roles where rolname = $1) and $1 <> current_user
            and (select count(*) from pg_tables where schemaname = current_schema() and tablename in ($2, $3)
                   and tableowner = current_user) = 2 as grant`,
    [role, DELIVERIES_TABLE, READS_TABLE],
  );
  if (!grant) return;
  const name = `"${role.replace(/"/g, '""')}"`;
  await manager.query(`grant insert on ${READS_TABLE} to ${name}`);
  await manager.query(`grant update (${RETRY_COLUMNS.join(', ')}) on ${DELIVERIES_TABLE} to ${name}`);
}

/** Routes every telling to its channels and writes the deliveries; one already written is left as it is. */
export function deliveriesFor(tellings: readonly Telling[], routes: NotificationRoutes): DeliveryRecord[] {
  return tellings.flatMap((telling) =>
    telling.recipients.flatMap((recipient) =>
      routesFor(recipient, telling.cause, routes).map((route) => ({
        id: deliveryId(telling.causeId, recipient, route),
        causeId: telling.causeId,
        cause: telling.cause,
        taskId: telling.taskId,
        recipient,
        channel: route.channel,
        address: route.address,
        title: telling.title,
        body: telling.body,
        occurredAt: telling.occurredAt,
      })),
    ),
  );
}

/** One statement; `on conflict do nothing` makes a replayed batch, a second notifier or a rebuild write nothing new. Answers how many were new. */
export async function writeDeliveries(manager: EntityManager, records: readonly DeliveryRecord[]): Promise<number> {
  if (records.length === 0) return 0;
  const rows = records.map((r) => ({
    id: r.id,
    cause_id: r.causeId,
    cause: r.cause,
    task_id: r.taskId,
    recipient: r.recipient,
    channel: r.channel,
    address: r.address,
    title: r.title,
    body: r.body,
    occurred_at: r.occurredAt,
  }));
  const inserted: unknown[] = await manager.query(
    `insert into ${DELIVERIES_TABLE} (id, cause_id, cause, task_id, recipient, channel, address, title, body, occurred_at, status, next_attempt_at, delivered_at)
     select r.id, r.cause_id, r.cause, r.task_id, r.recipient, r.channel, r.address, r.title, r.body, r.occurred_at,
       case when r.channel = 'inbox' then 'delivered' else 'pending' end,
       case when r.channel = 'inbox' then null else now() end,
       case when r.channel = 'inbox' then now() else null end
     from jsonb_to_recordset($1::jsonb) as r(id uuid, cause_id text, cause text, task_id text, recipient text, channel text, address text, title text, body text, occurred_at timestamptz)
     on conflict (id) do nothing
     returning id`,
    [JSON.stringify(rows)],
  );
  return inserted.length;
}
