/**
 * The in-app inbox (the `inbox` deliveries addressed to a user's unit, to them as a leader, or to the
 * supervision office) with each user's read marks, and the deliveries of one task for its timeline.
 * Before any notifier ran here the tables do not exist yet: that is an empty inbox, not an error.
 */
import type { EntityManager } from 'typeorm';
import { CAUSE_LABELS, type NotificationCause } from './notification-causes';
import { DELIVERIES_TABLE, READS_TABLE, type DeliveryStatus } from './delivery-records';
import type { Recipient } from './recipients';
import type { Channel } from './routes';

export interface InboxItem {
  readonly id: string;
  readonly cause: NotificationCause;
  readonly causeLabel: string;
  readonly taskId: string | null;
  readonly title: string;
  readonly body: string;
  readonly occurredAt: string;
  readonly read: boolean;
  readonly readAt: string | null;
}

export interface InboxPage {
  readonly items: InboxItem[];
  readonly total: number;
  readonly unread: number;
}

export interface TaskDelivery {
  readonly id: string;
  readonly cause: NotificationCause;
  readonly causeLabel: string;
  /** The event that caused it, or `reminder:…` for a reminder. */
  readonly causeId: string;
  readonly recipient: string;
  readonly channel: Channel;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly occurredAt: string;
  readonly deliveredAt: string | null;
}

const UNDEFINED_TABLE = '42P01';

export async function listInbox(
  manager: EntityManager,
  recipients: readonly Recipient[],
  userId: string,
  page: { unreadOnly: boolean; limit: number; offset: number },
): Promise<InboxPage> {
  if (recipients.length === 0) return { items: [], total: 0, unread: 0 };
  return orEmpty({ items: [], total: 0, unread: 0 }, async () => {
    const rows: {
      id: string;
      cause: NotificationCause;
      task_id: string | null;
      title: string;
      body: string;
      occurred_at: Date;
      read_at: Date | null;
    }[] = await manager.query(
      `select d.id, d.cause, d.task_id, d.title, d.body, d.occurred_at, r.read_at
       from ${DELIVERIES_TABLE} d left join ${READS_TABLE} r on r.delivery_id = d.id and r.user_id = $2
       where d.channel = 'inbox' and d.recipient = any($1) and ($3::boolean is false or r.read_at is null)
       order by d.occurred_at desc, d.seq desc limit $4 offset $5`,
      [recipients, userId, page.unreadOnly, page.limit, page.offset],
    );
    const [counts]: { total: string; unread: string }[] = await manager.query(
      `select count(*) as total, count(*) filter (where r.read_at is null) as unread
       from ${DELIVERIES_TABLE} d left join ${READS_TABLE} r on r.delivery_id = d.id and r.user_id = $2
       where d.channel = 'inbox' and d.recipient = any($1)`,
      [recipients, userId],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        cause: row.cause,
        causeLabel: CAUSE_LABELS[row.cause],
        taskId: row.task_id,
        title: row.title,
        body: row.body,
        occurredAt: new Date(row.occurred_at).toISOString(),
        read: row.read_at !== null,
        readAt: row.read_at === null ? null : new Date(row.read_at).toISOString(),
      })),
      total: page.unreadOnly ? Number(counts.unread) : Number(counts.total),
      unread: Number(counts.unread),
    };
  });
}

/** Marks one of the user's own inbox notifications read (a second time keeps the first time). False when it is not theirs or does not exist. */
export async function markInboxRead(
  manager: EntityManager,
  id: string,
  recipients: readonly Recipient[],
  userId: string,
  at: Date,
): Promise<{ readAt: string } | undefined> {
  if (recipients.length === 0) return undefined;
  return orEmpty(undefined, async () => {
    const owned: unknown[] = await manager.query(
      `select 1 from ${DELIVERIES_TABLE} where id = $1 and channel = 'inbox' and recipient = any($2)`,
      [id, recipients],
    );
    if (owned.length === 0) return undefined;
    await manager.query(
      `insert into ${READS_TABLE} (delivery_id, user_id, read_at) values ($1, $2, $3) on conflict do nothing`,
      [id, userId, at.toISOString()],
    );
    const [row]: { read_at: Date }[] = await manager.query(
      `select read_at from ${READS_TABLE} where delivery_id = $1 and user_id = $2`,
      [id, userId],
    );
    return { readAt: new Date(row.read_at).toISOString() };
  });
}

export async function listTaskDeliveries(manager: EntityManager, taskId: string): Promise<TaskDelivery[]> {
  return orEmpty([], async () => {
    const rows: {
      id: string;
      cause: NotificationCause;
      cause_id: string;
      recipient: string;
      channel: Channel;
      status: DeliveryStatus;
      attempts: number;
      last_error: string | null;
      occurred_at: Date;
      delivered_at: Date | null;
    }[] = await manager.query(
      `select id, cause, cause_id, recipient, channel, status, attempts, last_error, occurred_at, delivered_at from ${DELIVERIES_TABLE}
         where task_id = $1 order by occurred_at, seq limit 1000`,
      [taskId],
    );
    return rows.map((row) => ({
      id: row.id,
      cause: row.cause,
      causeLabel: CAUSE_LABELS[row.cause],
      causeId: row.cause_id,
      recipient: row.recipient,
      channel: row.channel,
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error,
      occurredAt: new Date(row.occurred_at).toISOString(),
      deliveredAt: row.delivered_at === null ? null : new Date(row.delivered_at).toISOString(),
    }));
  });
}

async function orEmpty<T>(empty: T, query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    if (
      (error as { code?: string }).code === UNDEFINED_TABLE ||
      (error as { driverError?: { code?: string } }).driverError?.code === UNDEFINED_TABLE
    )
      return empty;
    throw error;
  }
}
